// The journal on disk: append-only segment files `journal-NNNNNN.log` beside the shards. An append
// resolves only after fdatasync, and appends that arrive while one is being synced are written
// together with a single sync (group commit), so a burst of actions costs one sync, not one each.
// A fold into the shards starts a new segment (`rotate`); once the shards are durable, the segments
// before it are deleted (`dropBefore`). After a failed append the segment is abandoned and the next
// append starts a new one, so a torn write is always the last bytes of its segment.
import { mkdir, open, readdir, rm, type FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { syncFolder } from '../storage/write-file-durably'

const SEGMENT = /^journal-(\d{6,})\.log$/
export const segmentName = (n: number) => `journal-${String(n).padStart(6, '0')}.log`

/** Segment numbers present in the folder, oldest first. */
export async function listSegments(folder: string): Promise<number[]> {
  const names = await readdir(folder).catch(() => [] as string[])
  return names.flatMap((name) => (SEGMENT.exec(name) ? [Number(SEGMENT.exec(name)?.[1])] : [])).sort((a, b) => a - b)
}

interface Waiter {
  text: string
  resolve: () => void
  reject: (err: unknown) => void
}

export class JournalFile {
  private queue: Waiter[] = []
  private draining = false
  private file: FileHandle | null = null
  private fileSegment = -1
  private bytesInSegment = 0
  private last: Promise<void> = Promise.resolve()
  /** Appends requested and syncs made: fewer syncs than appends is group commit at work. */
  readonly stats = { appends: 0, syncs: 0 }

  constructor(
    private readonly folder: string,
    private segment: number
  ) {}

  /** Resolves once `text` is on disk; rejects if it could not be written or synced. */
  append(text: string): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.queue.push({ text, resolve, reject }))
    this.stats.appends += 1
    this.last = done
    if (!this.draining) void this.drain()
    return done
  }

  /** Settles with the latest append: for a commit whose changes another commit already carries. */
  tail(): Promise<void> {
    return this.last
  }

  /** Later appends go to a new segment; returns the first segment a fold that starts now does not cover. */
  rotate(): number {
    if (this.fileSegment === this.segment && this.bytesInSegment > 0) this.segment += 1
    return this.segment
  }

  /** Deletes the segments before `cut`: call only once everything they hold is durable in the shards. */
  async dropBefore(cut: number): Promise<void> {
    for (const n of await listSegments(this.folder))
      if (n < cut) await rm(join(this.folder, segmentName(n)), { force: true })
  }

  async close(): Promise<void> {
    while (this.draining) await this.last.catch(() => undefined)
    await this.file?.close().catch(() => undefined)
    this.file = null
  }

  private async drain(): Promise<void> {
    this.draining = true
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0)
      try {
        const file = await this.openSegment()
        const data = Buffer.from(batch.map((waiter) => waiter.text).join(''))
        await file.write(data)
        await file.datasync()
        this.stats.syncs += 1
        this.bytesInSegment += data.length
        for (const waiter of batch) waiter.resolve()
      } catch (err) {
        await this.abandonSegment()
        for (const waiter of batch) waiter.reject(err)
      }
    }
    this.draining = false
  }

  private async openSegment(): Promise<FileHandle> {
    const segment = this.segment
    // A segment deleted under us (its folder removed while the app runs) would take appends into the void.
    if (this.file && this.fileSegment === segment && (await this.file.stat()).nlink > 0) return this.file
    if (this.fileSegment === segment) this.segment = segment + 1
    await this.file?.close().catch(() => undefined)
    this.file = null
    if ((await mkdir(this.folder, { recursive: true })) !== undefined) await syncFolder(dirname(this.folder))
    const file = await open(join(this.folder, segmentName(this.segment)), 'a', 0o600)
    try {
      await syncFolder(this.folder) // the new file's name must survive a power cut too
    } catch (err) {
      await file.close()
      throw err
    }
    this.file = file
    this.fileSegment = this.segment
    this.bytesInSegment = 0
    return file
  }

  private async abandonSegment(): Promise<void> {
    await this.file?.close().catch(() => undefined)
    this.file = null
    if (this.fileSegment === this.segment) this.segment += 1
  }
}
