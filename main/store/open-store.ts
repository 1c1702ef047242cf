// Opening the annotation store: take the data folder's lock, read the manifest (recovering it
// from a backup if it is damaged), replay the journal of changes acknowledged since the last write,
// or build the sharded store from a version 1 or 2 single file.
// A store from a newer Crossread opens read-only and empty, and is left untouched.
import { mkdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { STORE_VERSION } from './store-schemas'
import { AnnotationStore, type StoreOptions } from './annotation-store'
import { readManifest } from './read-store-file'
import { readJournal, replayJournal } from './replay-journal'
import { readStoreText } from './store-file'
import { acquireStoreLock, type StoreLock } from './store-lock'
import { LEGACY_FILE, STORE_DIR } from './store-layout'

export interface OpenedStore {
  store: AnnotationStore
  /** What the user should be told: recovered from a backup, upgraded, refused. */
  notices: string[]
  /** False when the store could not be loaded safely: nothing may be written. */
  writable: boolean
  lock: StoreLock | null
}

export async function openAnnotationStore(
  dataDir: string,
  options: Omit<StoreOptions, 'dataDir'> = {}
): Promise<OpenedStore> {
  await mkdir(dataDir, { recursive: true })
  return loadAnnotationStore(dataDir, await acquireStoreLock(dataDir), options)
}

/**
 * The store, under the data folder's lock already taken (it is released if loading fails): the
 * app takes the lock first, so that what needs no store (the search index) starts loading at once.
 */
export async function loadAnnotationStore(
  dataDir: string,
  lock: StoreLock,
  options: Omit<StoreOptions, 'dataDir'> = {}
): Promise<OpenedStore> {
  try {
    return { ...(await load(dataDir, options)), lock }
  } catch (err) {
    await lock.release()
    throw err
  }
}

async function load(dataDir: string, options: Omit<StoreOptions, 'dataDir'>): Promise<Omit<OpenedStore, 'lock'>> {
  const now = options.now?.() ?? new Date()
  const reading = await readManifest(dataDir, now)
  if (reading.newer !== undefined) {
    const message = `The annotation store was written by a newer Crossread (store version ${reading.newer}); this version cannot read it and has not changed it. Annotations are unavailable until you use the newer version.`
    return {
      store: new AnnotationStore(null, { ...options, dataDir, readOnly: true }),
      notices: [message],
      writable: false
    }
  }
  const journal = await readJournal(join(dataDir, STORE_DIR), reading.data?.journalCut)
  const store = new AnnotationStore(reading.data, { ...options, dataDir, journalSegment: journal.nextSegment })
  const notices = [...reading.notices]
  notices.push(...(await replayJournal(store, journal, join(dataDir, STORE_DIR), now)))
  if (reading.data === null) notices.push(...(await migrateLegacy(dataDir, store, now)))
  return { store, notices, writable: true }
}

/** A version 1 or 2 single-file store becomes shards; the old file is kept, renamed. */
async function migrateLegacy(dataDir: string, store: AnnotationStore, now: Date): Promise<string[]> {
  const path = join(dataDir, LEGACY_FILE)
  const text = await readFile(path, 'utf8').catch(() => null)
  if (text === null) return []
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const reading = readStoreText(text)
  if (!reading.ok) {
    await rename(path, `${path}.damaged-${stamp}`)
    return [`The old annotation file could not be read (${reading.problem}); it was kept as ${path}.damaged-${stamp}.`]
  }
  for (const tag of reading.data.tags) store.putTag(tag)
  for (const annotation of reading.data.annotations) {
    await store.ensureArticle(annotation.articleId)
    store.put(annotation)
  }
  store.changed()
  await store.flush()
  if (store.status().writeError) return [store.status().writeError ?? '']
  await rename(path, `${path}.migrated-${stamp}`)
  const from = reading.migratedFrom ?? reading.data.version
  return [
    `Your annotations were upgraded from store version ${from} to ${STORE_VERSION} (${reading.data.annotations.length} annotations); the old file is kept as ${path}.migrated-${stamp}.`
  ]
}
