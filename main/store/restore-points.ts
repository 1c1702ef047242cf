// Restore points: the whole store as it was at one moment, for "restore a backup" in the settings.
// Why not the per-file backups (backups.ts)? A shard is backed up only when it is written, and at
// most every ten minutes, so for a given moment most shards have no backup from it: no set of
// per-file backups is known to belong together. A restore point is instead every store file at
// once (manifest and shards), taken between two writes: before the first write of a session, every
// ten minutes after, on "Back up now", and of the store a restore replaces. The files are hard
// links: the store replaces a file by renaming a new one over it and never writes one in place, so
// a link keeps that version at no cost (a copy where links are refused).
import { copyFile, link, mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { syncFolder } from '../storage/write-file-durably'
import { BACKUP_DIR, BACKUPS_KEPT } from './backups'
import { MANIFEST, STORE_DIR } from './store-layout'

export const POINTS_DIR = 'restore-points'
/** Kind of point, the last part of its folder's name: "before-restore" points are never rotated away. */
export type PointKind = 'scheduled' | 'manual' | 'before-restore'

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(scheduled|manual|before-restore)$/
const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-')
export const pointsFolder = (dataDir: string) => join(dataDir, BACKUP_DIR, POINTS_DIR)
export const isStoreFile = (name: string) => name === MANIFEST || /^shard-[0-9a-f]{2}\.json$/.test(name)

export interface PointEntry {
  id: string
  path: string
  takenAt: Date
  kind: PointKind
}

/** Every restore point, newest first. */
export async function listPoints(dataDir: string): Promise<PointEntry[]> {
  const names = await readdir(pointsFolder(dataDir)).catch(() => [] as string[])
  return names
    .flatMap((id) => {
      const match = NAME.exec(id)
      if (!match) return []
      const iso = (match[1] ?? '').replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z')
      return [{ id, path: join(pointsFolder(dataDir), id), takenAt: new Date(iso), kind: match[2] as PointKind }]
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.id < b.id ? 1 : -1))
}

/** Links (or copies) a folder's store files into `to`. */
export async function linkStoreFiles(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const name of (await readdir(from)).filter(isStoreFile))
    await link(join(from, name), join(to, name)).catch(() => copyFile(join(from, name), join(to, name)))
  await syncFolder(to)
}

/**
 * Takes a restore point of the store's files now; call it only between writes. Nothing is taken
 * when there is no manifest yet (no store to go back to). Returns the point's id, or null.
 */
export async function takePoint(
  dataDir: string,
  now: Date,
  kind: PointKind,
  kept = BACKUPS_KEPT
): Promise<string | null> {
  const store = join(dataDir, STORE_DIR)
  const names = await readdir(store).catch(() => [] as string[])
  if (!names.includes(MANIFEST)) return null
  const id = `${stamp(now)}-${kind}`
  const partial = join(pointsFolder(dataDir), `.${id}.partial`) // a point appears whole or not at all
  for (const left of await readdir(pointsFolder(dataDir)).catch(() => [] as string[]))
    if (left.endsWith('.partial')) await rm(join(pointsFolder(dataDir), left), { recursive: true, force: true }) // a crash's
  await linkStoreFiles(store, partial)
  await rename(partial, join(pointsFolder(dataDir), id))
  await syncFolder(pointsFolder(dataDir))
  await prunePoints(dataDir, kept)
  return id
}

/** Keeps the newest `kept` points taken on schedule or by hand; the sets put aside by a restore stay. */
export async function prunePoints(dataDir: string, kept: number): Promise<void> {
  const rotating = (await listPoints(dataDir)).filter((point) => point.kind !== 'before-restore')
  for (const old of rotating.slice(kept)) await rm(old.path, { recursive: true, force: true })
}
