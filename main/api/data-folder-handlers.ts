// The data folder as the settings show it; opened in the file manager by the Electron shell, and
// refused with the path to go to in web mode (a browser tab cannot open a local folder); the
// annotations' restore points, listed, taken, restored (a refusal said as it is), and how many are kept.
import { join } from 'node:path'
import { ApiError } from '../../common/errors/api-error'
import { BACKUP_DIR, BACKUPS_KEPT } from '../store/backups'
import type { BackupDeps } from '../app/connect-backups'
import { RestoreError } from '../store/restore-backup'
import type { ApiHandlers } from './dispatch'

export interface DataFolderDeps {
  path: string
  /** Opens a folder in the file manager; resolves to an error message, '' when it opened. */
  openPath?: (path: string) => Promise<string>
  /** The store's restore points and how many are kept; absent, none are listed. */
  backups?: BackupDeps
}

type Names = 'getDataFolder' | 'openDataFolder' | 'listRestorePoints' | 'backUpNow' | 'restoreBackup' | 'setBackupsKept'

export function dataFolderHandlers(deps: DataFolderDeps | undefined): Pick<ApiHandlers, Names> {
  const ready = () => {
    if (deps) return deps
    throw new ApiError('failed', 'This host has no data folder.')
  }
  const backups = () => {
    const found = ready().backups
    if (found) return found
    throw new ApiError('failed', 'This host keeps no backups.')
  }
  return {
    getDataFolder: () => {
      const { path, openPath } = ready()
      const kept = deps?.backups?.kept() ?? BACKUPS_KEPT
      return { path, backups: { path: join(path, BACKUP_DIR), kept }, canOpen: openPath !== undefined }
    },
    listRestorePoints: () => backups().list(),
    backUpNow: async () => ({ id: await backups().backUpNow() }),
    restoreBackup: async ({ id }) => {
      try {
        return await backups().restore(id)
      } catch (err) {
        if (err instanceof RestoreError) throw new ApiError('failed', err.message)
        throw err
      }
    },
    setBackupsKept: async ({ kept }) => {
      await backups().setKept(kept)
      return { kept }
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
