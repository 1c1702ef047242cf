// Where Crossread keeps the user's work (contract.ts spreads these in): the settings show the
// folder and its backups, and open it in the file manager where the host can.
import { z } from 'zod'

function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result })
}

export interface DataFolderFacts {
  /** The data folder: annotations, the library index, settings, word list. */
  path: string
  /** The store's rotating backups: where they are and how many of each file are kept. */
  backups: { path: string; kept: number }
  /** Whether this host can open the folder in the file manager (not in web mode). */
  canOpen: boolean
}

/** One restore point of the annotation store (main/store/restore-points.ts), newest first in lists. */
export interface RestorePointFacts {
  id: string
  /** ISO date and time it was taken. */
  takenAt: string
  /** Taken on schedule, by "Back up now", or the annotations a restore replaced (never rotated away). */
  kind: 'scheduled' | 'manual' | 'before-restore'
  /** What it holds, read from its own manifest; null with `problem` when that cannot be read. */
  holds: { annotations: number; tags: number; memos: number; links: number } | null
  problem?: string
}

export const BACKUPS_KEPT_RANGE = { min: 3, max: 50 } as const

const pointId = z
  .string()
  .max(80)
  .regex(/^[0-9TZ-]+-(scheduled|manual|before-restore)$/)

export const dataFolderContract = {
  listRestorePoints: method<RestorePointFacts[]>()(z.object({}).strict()),
  /** Takes a restore point of the annotations now (after writing what is pending); null when there are none yet. */
  backUpNow: method<{ id: string | null }>()(z.object({}).strict()),
  /** Replaces the annotations with a restore point's; the replaced ones are kept as a point. Clears undo. */
  restoreBackup: method<{ keptAs: string }>()(z.object({ id: pointId }).strict()),
  /** How many backups of each store file, and restore points, are kept. */
  setBackupsKept: method<{ kept: number }>()(
    z.object({ kept: z.number().int().min(BACKUPS_KEPT_RANGE.min).max(BACKUPS_KEPT_RANGE.max) }).strict()
  ),
  getDataFolder: method<DataFolderFacts>()(z.object({}).strict()),
  /** Opens the data folder in the system's file manager. */
  openDataFolder: method<{ opened: string }>()(z.object({}).strict())
}
