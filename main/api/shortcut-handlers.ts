// The user's shortcut keys, kept in the data folder (main/settings/); a host without the file (a
// unit test's) answers that none are changed and keeps nothing.
import { ApiError } from '../../common/errors/api-error'
import type { ShortcutOverridesFile } from '../settings/shortcut-overrides-file'
import type { ApiHandlers } from './dispatch'

export function shortcutHandlers(
  overrides: ShortcutOverridesFile | undefined
): Pick<ApiHandlers, 'getShortcutOverrides' | 'saveShortcutOverrides'> {
  return {
    getShortcutOverrides: () => overrides?.get() ?? {},
    saveShortcutOverrides: async ({ overrides: next }) => {
      const problem = await overrides?.save(next)
      if (problem) throw new ApiError('failed', problem)
      return { saved: overrides !== undefined }
    }
  }
}
