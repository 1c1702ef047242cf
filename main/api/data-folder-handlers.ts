// The data folder as the settings show it; opened in the file manager by the Electron shell, and
// refused with the path to go to in web mode (a browser tab cannot open a local folder).
import { join } from 'node:path'
import { ApiError } from '../../common/errors/api-error'
import { BACKUP_DIR, BACKUPS_KEPT } from '../store/backups'
import type { ApiHandlers } from './dispatch'

export interface DataFolderDeps {
  path: string
  /** Opens a folder in the file manager; resolves to an error message, '' when it opened. */
  openPath?: (path: string) => Promise<string>
}

export function dataFolderHandlers(
  deps: DataFolderDeps | undefined
): Pick<ApiHandlers, 'getDataFolder' | 'openDataFolder'> {
  const ready = () => {
    if (deps) return deps
    throw new ApiError('failed', 'This host has no data folder.')
  }
  return {
    getDataFolder: () => {
      const { path, openPath } = ready()
      return { path, backups: { path: join(path, BACKUP_DIR), kept: BACKUPS_KEPT }, canOpen: openPath !== undefined }
    },
    openDataFolder: async () => {
      const { path, openPath } = ready()
      if (!openPath)
        throw new ApiError('refused', `A browser tab cannot open folders: open ${path} in your file manager.`)
      const problem = await openPath(path)
      if (problem) throw new ApiError('failed', `The data folder could not be opened (${problem}): it is ${path}.`)
      return { opened: path }
    }
  }
}
