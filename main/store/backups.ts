// Rotating backups of each store file: before a file is first replaced in a session (and every ten
// minutes after), its last good version is kept here. A file that does not parse is never kept (it
// would be the only backup of garbage): the state in memory, which is what Crossread believes is on
// disk, is kept instead, and so it is for a new file at its first write.
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from '../storage/write-file-durably'

export const BACKUP_DIR = 'annotation-backups'
export const BACKUPS_KEPT = 5

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-')
const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.json$/

export interface BackupSource {
  /** Whether a file's text is a valid version of this store file. */
  isValid: (bytes: Uint8Array) => boolean
  /** The file's content as held in memory. */
  inMemory: () => string | Uint8Array
}

/** Returns what was kept: the file on disk, or the state in memory (the file was missing or damaged). */
export async function backUp(
  dataDir: string,
  sourcePath: string,
  fileName: string,
  now: Date,
  source: BackupSource,
  keep = BACKUPS_KEPT
): Promise<'file' | 'memory'> {
  // Bytes, as they are copied: a sealed file's check sums them without decoding and encoding again.
  const onDisk = await readFile(sourcePath).catch((err: { code?: string }) => {
    if (err.code === 'ENOENT') return null // nothing written yet
    throw err
  })
  const kept = onDisk !== null && source.isValid(onDisk) ? 'file' : 'memory'
  const content = kept === 'file' ? (onDisk ?? '') : source.inMemory()
  await writeFileDurably(join(dataDir, BACKUP_DIR, fileName, `${stamp(now)}.json`), content, { createFolder: true })
  const old = (await listBackups(dataDir, fileName)).slice(0, -keep)
  await Promise.all(old.map((backup) => rm(backup.path, { force: true })))
  return kept
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
