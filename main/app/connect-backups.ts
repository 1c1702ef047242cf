// The store's restore points as the settings use them: listed with what each holds, taken now on
// request, restored, and how many are kept (backup-settings.json in the data folder). After a
// restore nothing held from before is true: the undo history and the annotation service's caches
// are dropped, every page is told to refetch everything (a reset of the change log), and the
// search index reads every note again.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RestorePointFacts } from '../../common/api/data-folder-contract'
import { BACKUPS_KEPT_RANGE } from '../../common/api/data-folder-contract'
import type { AnnotationService } from '../annotations/annotation-service'
import type { ChangeLog } from '../events/change-log'
import { writeFileDurably } from '../storage/write-file-durably'
import type { AnnotationStore } from '../store/annotation-store'
import { BACKUPS_KEPT } from '../store/backups'
import { summarizePoint } from '../store/point-contents'
import { restorePoint } from '../store/restore-backup'
import { listPoints, prunePoints, takePoint } from '../store/restore-points'

export const BACKUP_SETTINGS_FILE = 'backup-settings.json'

export interface BackupDeps {
  kept(): number
  setKept(kept: number): Promise<void>
  list(): Promise<RestorePointFacts[]>
  backUpNow(): Promise<string | null>
  restore(id: string): Promise<{ keptAs: string }>
}

/** How many are kept, from the file (the default when it is missing or out of range). */
export async function readBackupsKept(dataDir: string): Promise<number> {
  try {
    const { kept } = JSON.parse(await readFile(join(dataDir, BACKUP_SETTINGS_FILE), 'utf8')) as { kept?: unknown }
    const valid = typeof kept === 'number' && kept >= BACKUPS_KEPT_RANGE.min && kept <= BACKUPS_KEPT_RANGE.max
    return valid ? Math.round(kept) : BACKUPS_KEPT
  } catch {
    return BACKUPS_KEPT
  }
}

export function connectBackups(options: {
  dataDir: string
  kept: number
  /** The store's files follow the new count from their next backup. */
  onKept: (kept: number) => void
  store: AnnotationStore
  annotations: AnnotationService
  changes: ChangeLog
  /** What follows the annotations in main reads them again: the search index's notes, the passages. */
  afterRestore: () => void
}): BackupDeps {
  const { dataDir, store } = options
  let kept = options.kept
  return {
    kept: () => kept,
    setKept: async (value) => {
      await writeFileDurably(join(dataDir, BACKUP_SETTINGS_FILE), `${JSON.stringify({ kept: value })}\n`)
      kept = value
      options.onKept(value)
      await prunePoints(dataDir, kept)
    },
    list: async () =>
      Promise.all(
        (await listPoints(dataDir)).map(async (point) => {
          const reading = await summarizePoint(point.path)
          const facts = { id: point.id, takenAt: point.takenAt.toISOString(), kind: point.kind }
          return reading.ok ? { ...facts, holds: reading.summary } : { ...facts, holds: null, problem: reading.problem }
        })
      ),
    backUpNow: async () => {
      await store.flush()
      return store.exclusive(() => takePoint(dataDir, new Date(), 'manual', kept))
    },
    restore: async (id) => {
      const restored = await restorePoint(store, dataDir, id, new Date())
      options.annotations.forgetAfterRestore()
      options.changes.reset()
      options.afterRestore()
      return { keptAs: restored.keptAs }
    }
  }
}
