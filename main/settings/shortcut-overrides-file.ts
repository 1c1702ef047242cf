// The user's own shortcut keys (common/model/shortcut-overrides.ts): shortcut-overrides.json in the
// data folder, kept as the reading settings are (reading-settings-file.ts). Read entry by entry: one
// that does not hold up (a hand-edited combo, a bad id) is dropped with a notice saying which and
// why, and that shortcut keeps its default keys; the others stay. A file that is not JSON at all is
// set aside (renamed, never written over) and every shortcut has its default keys.
import { join } from 'node:path'
import { shortcutIdSchema, shortcutKeysSchema, type ShortcutOverrides } from '../../common/model/shortcut-overrides'
import { UserJsonFile } from '../storage/user-json-file'

export const SHORTCUT_OVERRIDES_FILE = 'shortcut-overrides.json'

export type ShortcutOverridesFile = UserJsonFile<ShortcutOverrides>

export const ShortcutOverridesFile = {
  open: (dataDir: string, report: (problem: string) => void): Promise<ShortcutOverridesFile> =>
    UserJsonFile.open(
      join(dataDir, SHORTCUT_OVERRIDES_FILE),
      {
        defaults: {},
        read: (json, report) =>
          typeof json === 'object' && json !== null && !Array.isArray(json)
            ? keepValidEntries(json as Record<string, unknown>, report)
            : null,
        unreadable: 'Your shortcut keys could not be read: every shortcut has its default keys.',
        damaged: `Your shortcut keys (${SHORTCUT_OVERRIDES_FILE}) were damaged and set aside: every shortcut has its default keys.`,
        unsaved: (reason) => `Your shortcut keys could not be saved (${reason}); they are kept until Crossread closes.`,
        indent: 2
      },
      report
    )
}

/** The entries that hold up; each one dropped is reported with its reason. */
export function keepValidEntries(
  entries: Record<string, unknown>,
  report: (problem: string) => void
): ShortcutOverrides {
  const kept: ShortcutOverrides = {}
  for (const [id, keys] of Object.entries(entries)) {
    const problem = [shortcutIdSchema.safeParse(id), shortcutKeysSchema.safeParse(keys)].find(
      (result) => !result.success
    )
    if (problem?.error) {
      const reason = problem.error.issues[0]?.message ?? 'not readable'
      report(`The keys saved for shortcut "${id}" were dropped (${reason}); it has its default keys.`)
    } else kept[id] = keys as string[]
  }
  return kept
}
