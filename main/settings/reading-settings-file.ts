// The reading settings (common/model/reading-settings.ts): reading-settings.json in the data
// folder, as the reader's layout is kept (main/layout/reader-layout-file.ts). Small and rewritten
// whole; one that cannot be read is set aside (renamed, never written over) and the defaults are
// used, with a notice; a write that fails keeps the settings in memory and says so.
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import {
  DEFAULT_READING_SETTINGS,
  readingSettingsSchema,
  type ReadingSettings
} from '../../common/model/reading-settings'
import { UserFileWrites } from '../storage/user-file-writes'
import { writeFileDurably } from '../storage/write-file-durably'

export const READING_SETTINGS_FILE = 'reading-settings.json'

export class ReadingSettingsFile {
  private writes: UserFileWrites

  private constructor(
    private readonly file: string,
    private settings: ReadingSettings,
    report: (problem: string) => void
  ) {
    this.writes = new UserFileWrites(
      () => writeFileDurably(this.file, `${JSON.stringify(this.settings, null, 2)}\n`, { createFolder: true }),
      (reason) => `The reading settings could not be saved (${reason}); they are kept until Crossread closes.`,
      report
    )
  }

  static async open(dataDir: string, report: (problem: string) => void): Promise<ReadingSettingsFile> {
    const file = join(dataDir, READING_SETTINGS_FILE)
    return new ReadingSettingsFile(file, await readSettings(file, report), report)
  }

  get(): ReadingSettings {
    return this.settings
  }

  /** Keeps the settings (validated by the API already); null, or why they could not be written. */
  save(settings: ReadingSettings): Promise<string | null> {
    this.settings = settings
    return this.writes.save()
  }

  flush(): Promise<boolean> {
    return this.writes.flush()
  }
}

async function readSettings(file: string, report: (problem: string) => void): Promise<ReadingSettings> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT')
      report('The reading settings could not be read: the default font, size and theme are used.')
    return DEFAULT_READING_SETTINGS
  }
  const parsed = safeParse(text)
  if (parsed) return parsed
  const aside = `${file}.unreadable-${Date.now()}`
  await rename(file, aside).catch(() => undefined)
  report(
    `The reading settings (${READING_SETTINGS_FILE}) were damaged and set aside; the default font, size and theme are used.`
  )
  return DEFAULT_READING_SETTINGS
}

function safeParse(text: string): ReadingSettings | null {
  try {
    const result = readingSettingsSchema.safeParse(JSON.parse(text))
    return result.success ? result.data : null
  } catch {
    return null
  }
}
