// The user's own shortcut keys (common/model/shortcut-overrides.ts): shortcut-overrides.json in the
// data folder, kept as the reading settings are (reading-settings-file.ts). Read entry by entry: one
// that does not hold up (a hand-edited combo, a bad id) is dropped with a notice saying which and
// why, and that shortcut keeps its default keys; the others stay. A file that is not JSON at all is
// set aside (renamed, never written over) and every shortcut has its default keys.
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { shortcutIdSchema, shortcutKeysSchema, type ShortcutOverrides } from '../../common/model/shortcut-overrides'
import { UserFileWrites } from '../storage/user-file-writes'
import { writeFileDurably } from '../storage/write-file-durably'

export const SHORTCUT_OVERRIDES_FILE = 'shortcut-overrides.json'

export class ShortcutOverridesFile {
  private writes: UserFileWrites

  private constructor(
    private readonly file: string,
    private overrides: ShortcutOverrides,
    report: (problem: string) => void
  ) {
    this.writes = new UserFileWrites(
      () => writeFileDurably(this.file, `${JSON.stringify(this.overrides, null, 2)}\n`, { createFolder: true }),
      (reason) => `Your shortcut keys could not be saved (${reason}); they are kept until Crossread closes.`,
      report
    )
  }

  static async open(dataDir: string, report: (problem: string) => void): Promise<ShortcutOverridesFile> {
    const file = join(dataDir, SHORTCUT_OVERRIDES_FILE)
    return new ShortcutOverridesFile(file, await readOverrides(file, report), report)
  }

  get(): ShortcutOverrides {
    return this.overrides
  }

  /** Keeps the overrides (validated by the API already); null, or why they could not be written. */
  save(overrides: ShortcutOverrides): Promise<string | null> {
    this.overrides = overrides
    return this.writes.save()
  }

  flush(): Promise<boolean> {
    return this.writes.flush()
  }
}

async function readOverrides(file: string, report: (problem: string) => void): Promise<ShortcutOverrides> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT')
      report('Your shortcut keys could not be read: every shortcut has its default keys.')
    return {}
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = null
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    await rename(file, `${file}.unreadable-${Date.now()}`).catch(() => undefined)
    report(
      `Your shortcut keys (${SHORTCUT_OVERRIDES_FILE}) were damaged and set aside: every shortcut has its default keys.`
    )
    return {}
  }
  return keepValidEntries(parsed as Record<string, unknown>, report)
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
