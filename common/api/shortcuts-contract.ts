// The shortcut sheet's methods (contract.ts spreads them in): the user's own shortcut keys, read at
// start and saved whole when one changes. The renderer that saved applies them at once, so no
// change event is published (as with the reading settings).
import { z } from 'zod'
import { shortcutOverridesSchema, type ShortcutOverrides } from '../model/shortcut-overrides'

function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result })
}

export const shortcutsContract = {
  /** The shortcuts given keys of the user's own, by id, as last saved (none: every default). */
  getShortcutOverrides: method<ShortcutOverrides>()(z.object({}).strict()),
  /** Keeps the user's shortcut keys for the next launch; a failed write keeps them until Crossread closes. */
  saveShortcutOverrides: method<{ saved: boolean }>()(z.object({ overrides: shortcutOverridesSchema }).strict())
}
