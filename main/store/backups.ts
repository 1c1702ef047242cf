// Rotating backups of the last good versions of the annotation store, newest last by name.
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from '../storage/write-file-durably'

export const BACKUP_DIR = 'annotation-backups'
export const BACKUPS_KEPT = 10

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-')
const NAME = /^annotations-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.json$/

export async function writeBackup(dataDir: string, json: string, now = new Date()): Promise<void> {
  const folder = join(dataDir, BACKUP_DIR)
  await writeFileDurably(join(folder, `annotations-${stamp(now)}.json`), json, { createFolder: true })
  const old = (await listBackups(dataDir)).slice(0, -BACKUPS_KEPT)
  await Promise.all(old.map((backup) => rm(backup.path, { force: true })))
}

/** Oldest first. `takenAt` is read back from the name, for telling the user "from when". */
export async function listBackups(dataDir: string): Promise<{ path: string; takenAt: Date }[]> {
  const folder = join(dataDir, BACKUP_DIR)
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
