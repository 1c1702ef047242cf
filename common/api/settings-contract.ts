// The Settings dialog's methods (contract.ts spreads them in): the reading settings, read at start
// and saved whole as the user changes them. The renderer that saved applies them at once, so no
// change event is published.
import { z } from 'zod'
import { readingSettingsSchema, type ReadingSettings } from '../model/reading-settings'

function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result })
}

export const settingsContract = {
  /** Font, size, line height, width, colour theme and year style, as last saved (or the defaults). */
  getReadingSettings: method<ReadingSettings>()(z.object({}).strict()),
  /** Keeps the reading settings for the next launch; a failed write keeps them until Crossread closes. */
  saveReadingSettings: method<{ saved: boolean }>()(z.object({ settings: readingSettingsSchema }).strict())
}
