// Restoring a restore point (restore-points.ts). The point is checked whole first (a damaged one is
// refused, nothing changed); the store is written and held still; its folder is moved aside whole,
// as a "before-restore" point (kept, never rotated away), and a folder of the point's files takes
// its place; then the store adopts the files now in place. A failure at any step puts the folder
// back and the store goes on with its own files, as they were.
import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { syncFolder } from '../storage/write-file-durably'
import type { AnnotationStore } from './annotation-store'
import { checkPoint, type PointSummary } from './point-contents'
import { readManifest } from './read-store-file'
import { readJournal } from './replay-journal'
import { linkStoreFiles, listPoints, pointsFolder } from './restore-points'
import { STORE_DIR } from './store-layout'

export class RestoreError extends Error {
  override name = 'RestoreError'
}

export interface Restored {
  /** The point the replaced annotations were kept as. */
  keptAs: string
  summary: PointSummary
}

const unchanged = 'Your current annotations are unchanged.'

export async function restorePoint(store: AnnotationStore, dataDir: string, id: string, now: Date): Promise<Restored> {
  const point = (await listPoints(dataDir)).find((entry) => entry.id === id)
  if (!point) throw new RestoreError(`That backup no longer exists. ${unchanged}`)
  const check = await checkPoint(point.path)
  if (!check.ok) throw new RestoreError(`This backup cannot be restored: ${check.problem}. ${unchanged}`)
  await store.flush()
  const why = store.status().writeError
  if (why) throw new RestoreError(`Your current annotations could not be saved first: ${why} Nothing was restored.`)
  return store.exclusive(async () => {
    await store.shutDown() // the journal is empty after the flush; a new one starts with the files
    try {
      const keptAs = await swapFolders(dataDir, point.path, now)
      return { keptAs, summary: check.summary }
    } catch (err) {
      throw new RestoreError(`The backup could not be put in place (${String(err)}). ${unchanged}`)
    } finally {
      await adoptFiles(store, dataDir, now)
    }
  })
}

/** Moves the store's folder aside as a point and puts a copy of the point's files in its place. */
async function swapFolders(dataDir: string, from: string, now: Date): Promise<string> {
  const live = join(dataDir, STORE_DIR)
  const incoming = join(dataDir, `${STORE_DIR}.restoring`)
  await rm(incoming, { recursive: true, force: true })
  await linkStoreFiles(from, incoming)
  const keptAs = `${now.toISOString().replace(/[:.]/g, '-')}-before-restore`
  const aside = join(pointsFolder(dataDir), keptAs)
  await mkdir(pointsFolder(dataDir), { recursive: true })
  await mkdir(live, { recursive: true })
  await rename(live, aside)
  try {
    await rename(incoming, live)
  } catch (err) {
    await rename(aside, live)
    throw err
  }
  await syncFolder(dataDir)
  await syncFolder(pointsFolder(dataDir))
  return keptAs
}

/** The store takes up the files in place (restored, or its own after a failure). */
async function adoptFiles(store: AnnotationStore, dataDir: string, now: Date): Promise<void> {
  const reading = await readManifest(dataDir, now)
  const journal = await readJournal(join(dataDir, STORE_DIR), reading.data?.journalCut)
  store.reopen(reading.data, journal.nextSegment)
}
