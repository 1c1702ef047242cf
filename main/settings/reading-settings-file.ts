// The reading settings (common/model/reading-settings.ts): reading-settings.json in the data
// folder, kept as the reader's layout is (main/layout/reader-layout-file.ts). Small and rewritten
// whole; one that cannot be read is set aside (renamed, never written over) and the defaults are
// used, with a notice; a write that fails keeps the settings in memory and says so.
import { join } from 'node:path'
import {
  DEFAULT_READING_SETTINGS,
  readingSettingsSchema,
  type ReadingSettings
} from '../../common/model/reading-settings'
import { UserJsonFile } from '../storage/user-json-file'

export const READING_SETTINGS_FILE = 'reading-settings.json'

export type ReadingSettingsFile = UserJsonFile<ReadingSettings>

export const ReadingSettingsFile = {
  open: (dataDir: string, report: (problem: string) => void): Promise<ReadingSettingsFile> =>
    UserJsonFile.open(
      join(dataDir, READING_SETTINGS_FILE),
      {
        defaults: DEFAULT_READING_SETTINGS,
        read: (json) => readingSettingsSchema.safeParse(json).data ?? null,
        unreadable: 'The reading settings could not be read: the default font, size and theme are used.',
        damaged: `The reading settings (${READING_SETTINGS_FILE}) were damaged and set aside; the default font, size and theme are used.`,
        unsaved: (reason) =>
          `The reading settings could not be saved (${reason}); they are kept until Crossread closes.`,
        indent: 2
      },
      report
    )
}
