// Rotating backups of the last good version of each store file: before a file is first replaced
// in a session (and every ten minutes after), its current content is copied here.
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'

export const BACKUP_DIR = 'annotation-backups'
export const BACKUPS_KEPT = 5

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-')
const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.json$/

export async function backUp(dataDir: string, sourcePath: string, fileName: string, now = new Date()): Promise<void> {
  const folder = join(dataDir, BACKUP_DIR, fileName)
  await mkdir(folder, { recursive: true })
  try {
    await copyFile(sourcePath, join(folder, `${stamp(now)}.json`))
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return // nothing written yet: nothing to keep
    throw err
  }
  const old = (await listBackups(dataDir, fileName)).slice(0, -BACKUPS_KEPT)
  await Promise.all(old.map((backup) => rm(backup.path, { force: true })))
}

/** Oldest first. `takenAt` is read back from the name, for telling the user "from when". */
export async function listBackups(dataDir: string, fileName: string): Promise<{ path: string; takenAt: Date }[]> {
  const folder = join(dataDir, BACKUP_DIR, fileName)
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return []
  }
  return names
    .filter((name) => NAME.test(name))
    .sort()
    .map((name) => {
      const iso = (NAME.exec(name)?.[1] ?? '').replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z')
      return { path: join(folder, name), takenAt: new Date(iso) }
    })
}
