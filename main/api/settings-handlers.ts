// The reading settings, kept in the data folder (main/settings/); a host without the file (a unit
// test's) answers with the defaults and keeps nothing.
import { DEFAULT_READING_SETTINGS } from '../../common/model/reading-settings'
import { ApiError } from '../../common/errors/api-error'
import type { ReadingSettingsFile } from '../settings/reading-settings-file'
import type { ApiHandlers } from './dispatch'

export function settingsHandlers(
  settings: ReadingSettingsFile | undefined
): Pick<ApiHandlers, 'getReadingSettings' | 'saveReadingSettings'> {
  return {
    getReadingSettings: () => settings?.get() ?? DEFAULT_READING_SETTINGS,
    saveReadingSettings: async ({ settings: next }) => {
      const problem = await settings?.save(next)
      if (problem) throw new ApiError('failed', problem)
      return { saved: settings !== undefined }
    }
  }
}
