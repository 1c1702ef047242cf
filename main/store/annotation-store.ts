// The annotation store in memory, persisted with lowdb through a durable adapter. Edits are
// coalesced (a burst becomes one write within about a second) and never wait for the disk; a
// failed write keeps everything in memory, is reported until a write succeeds, and is retried.
import { Low, type Adapter } from 'lowdb'
import { join } from 'node:path'
import { STORE_VERSION, type Annotation, type StoreData, type Tag } from '../annotations/annotation-types'
import { writeFileDurably } from '../storage/write-file-durably'
import { writeBackup } from './backups'
import { STORE_FILE } from './store-file'

/** lowdb's adapter, made durable: temp file, fsync, rename, fsync the folder. */
class DurableJsonAdapter implements Adapter<StoreData> {
  lastJson = ''
  constructor(
    private readonly path: string,
    private readonly writeFile: typeof writeFileDurably
  ) {}
  async read(): Promise<StoreData | null> {
    return null // loading (with recovery) is store-file.ts's job
  }
  async write(data: StoreData): Promise<void> {
    this.lastJson = JSON.stringify(data)
    await this.writeFile(this.path, this.lastJson, { createFolder: true }) // a deleted data folder comes back
  }
}

export interface StoreOptions {
  dataDir: string
  coalesceMs?: number
  /** Never write (a store from a newer version was refused): changes are refused instead. */
  readOnly?: boolean
  backupEveryMs?: number

  now?: () => Date
  /** Injected in tests to simulate a full disk. */
  writeFile?: typeof writeFileDurably
}

export interface StoreStatus {
  unsaved: boolean
  writeError: string | null
}

const RETRY_MS = [1000, 2000, 5000, 10_000, 30_000]

export class AnnotationStore {
  readonly annotations = new Map<string, Annotation>()
  readonly tags = new Map<string, Tag>()
  private readonly db: Low<StoreData>
  private readonly adapter: DurableJsonAdapter
  private timer: NodeJS.Timeout | null = null
  private writing: Promise<void> | null = null
  private dirty = false
  private failures = 0
  private writeError: string | null = null
  private lastBackupAt = 0
  /** Called when the saved/unsaved state or the write error changes. */
  onStatus: ((status: StoreStatus) => void) | null = null

  constructor(
    data: StoreData,
    private readonly options: StoreOptions
  ) {
    for (const annotation of data.annotations) this.annotations.set(annotation.id, annotation)
    for (const tag of data.tags) this.tags.set(tag.id, tag)
    this.adapter = new DurableJsonAdapter(join(options.dataDir, STORE_FILE), options.writeFile ?? writeFileDurably)
    this.db = new Low(this.adapter, data)
  }

  status(): StoreStatus {
    return { unsaved: this.dirty || this.writing !== null, writeError: this.writeError }
  }

  get readOnly(): boolean {
    return this.options.readOnly === true
  }

  /** Marks the store changed; the write follows within the coalescing window. */
  changed(): void {
    if (this.readOnly) return
    this.dirty = true
    if (this.timer === null && this.writing === null) this.schedule(this.options.coalesceMs ?? 800)
    this.onStatus?.(this.status())
  }

  /** Writes now if anything is unsaved; resolves once it is on disk (or the write failed). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
    if (this.writing) await this.writing
    if (this.dirty) await this.write()
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** A backup of what was loaded, so the last good version exists before this session writes. */
  async backupLoaded(): Promise<void> {
    await writeBackup(this.options.dataDir, JSON.stringify(this.snapshot()), this.now())
    this.lastBackupAt = this.now().getTime()
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => {
      this.timer = null
      void this.write()
    }, delay)
  }

  private write(): Promise<void> {
    this.dirty = false
    this.db.data = this.snapshot()
    this.writing = this.db
      .write()
      .then(async () => {
        this.failures = 0
        this.writeError = null
        if (this.now().getTime() - this.lastBackupAt >= (this.options.backupEveryMs ?? 10 * 60_000)) {
          this.lastBackupAt = this.now().getTime()
          await writeBackup(this.options.dataDir, this.adapter.lastJson, this.now()).catch(() => undefined)
        }
      })
      .catch((err: unknown) => {
        // Keep the work: it is still in memory and marked unsaved; say so and try again.
        this.dirty = true
        this.writeError = `Your annotations could not be saved (${describe(err)}). They are kept in memory and Crossread keeps retrying.`
        const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)] ?? 30_000
        this.failures += 1
        if (this.timer === null) this.schedule(delay)
      })
      .finally(() => {
        this.writing = null
        if (this.dirty && this.timer === null) this.schedule(this.options.coalesceMs ?? 800)
        this.onStatus?.(this.status())
      })
    return this.writing
  }

  snapshot(): StoreData {
    return { version: STORE_VERSION, annotations: [...this.annotations.values()], tags: [...this.tags.values()] }
  }

  private now(): Date {
    return this.options.now?.() ?? new Date()
  }
}

function describe(err: unknown): string {
  const code = (err as { code?: string } | null)?.code
  if (code === 'ENOSPC') return 'the disk is full'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'the data folder is not writable'
  if (code === 'ENOENT') return 'the data folder is gone'
  return code ?? (err instanceof Error ? err.message : String(err))
}
