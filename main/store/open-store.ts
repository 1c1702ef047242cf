// Opening the annotation store: take the data folder's lock, load (recovering if needed), keep a
// backup of what was loaded. A store from a newer Crossread opens read-only and empty, untouched.
import { mkdir } from 'node:fs/promises'
import { emptyStore } from '../annotations/annotation-types'
import { AnnotationStore } from './annotation-store'
import { loadStore } from './store-file'
import { acquireStoreLock, type StoreLock } from './store-lock'

export interface OpenedStore {
  store: AnnotationStore
  /** What the user should be told: recovered from a backup, upgraded, refused. */
  notices: string[]
  /** False when the store could not be loaded safely: nothing may be written. */
  writable: boolean
  lock: StoreLock | null
}

export async function openAnnotationStore(dataDir: string): Promise<OpenedStore> {
  await mkdir(dataDir, { recursive: true })
  const lock = await acquireStoreLock(dataDir)
  const outcome = await loadStore(dataDir)
  if (outcome.kind === 'refused') {
    return { store: new AnnotationStore(emptyStore(), { dataDir, readOnly: true }), notices: [outcome.message], writable: false, lock }
  }
  const store = new AnnotationStore(outcome.data, { dataDir })
  if (!outcome.fresh) await store.backupLoaded().catch(() => undefined)
  if (outcome.notices.length > 0) store.changed() // write the recovered or upgraded store back
  return { store, notices: outcome.notices, writable: true, lock }
}
