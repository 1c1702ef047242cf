// The data folder as the settings show it, and opening it: by the shell in the app, refused with
// the path to go to in web mode, and a failure to open said with the path too.
import { describe, expect, it } from 'vitest'
import { apiContract } from '../../common/api/contract'
import { RestoreError } from '../store/restore-backup'
import { dataFolderHandlers } from './data-folder-handlers'

describe('restoring a backup through the API', () => {
  it('takes only a restore point’s id, and a refusal says why', async () => {
    const restoreBackup = apiContract.restoreBackup.input
    expect(restoreBackup.safeParse({ id: '2026-12-03T14-02-00-000Z-manual' }).success).toBe(true)
    expect(restoreBackup.safeParse({ id: '../../annotations' }).success).toBe(false)
    expect(apiContract.setBackupsKept.input.safeParse({ kept: 2 }).success).toBe(false)
    const api = dataFolderHandlers({
      path: '/data',
      backups: {
        kept: () => 7,
        setKept: async () => undefined,
        list: async () => [],
        backUpNow: async () => null,
        restore: async () => {
          throw new RestoreError('This backup cannot be restored: its manifest.json is missing.')
        }
      }
    })
    expect((await api.getDataFolder({})).backups.kept).toBe(7)
    await expect(api.restoreBackup({ id: 'x-manual' })).rejects.toThrow(/manifest.json is missing/)
  })
})

describe('the data folder', () => {
  it('is named with its backups, and opened by the app’s shell', async () => {
    const opened: string[] = []
    const api = dataFolderHandlers({
      path: '/home/r/.config/Crossread',
      openPath: async (path) => {
        opened.push(path)
        return ''
      }
    })
    expect(await api.getDataFolder({})).toEqual({
      path: '/home/r/.config/Crossread',
      backups: { path: '/home/r/.config/Crossread/annotation-backups', kept: 5 },
      canOpen: true
    })
    expect(await api.openDataFolder({})).toEqual({ opened: '/home/r/.config/Crossread' })
    expect(opened).toEqual(['/home/r/.config/Crossread'])
  })

  it('says where it is when the host cannot open it (web mode), or opening failed', async () => {
    await expect(dataFolderHandlers({ path: '/data' }).openDataFolder({})).rejects.toThrow(
      /open \/data in your file manager/
    )
    const failing = dataFolderHandlers({ path: '/data', openPath: async () => 'No application is registered' })
    await expect(failing.openDataFolder({})).rejects.toThrow(
      'could not be opened (No application is registered): it is /data'
    )
  })
})
