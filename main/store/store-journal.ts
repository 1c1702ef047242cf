// The store's write-ahead journal: what makes an answered change durable before the coalesced
// write folds it into the shards. `commit` journals every change not yet durable and resolves
// after the sync; a fold starts a new segment and, once the shards are durable, drops the old ones.
import { describeWriteError } from './describe-write-error'
import { JournalFile } from './journal-file'
import { encodeRecord } from './journal-record'
import { UnjournaledChanges, type Taken } from './unjournaled-changes'

/** A change kept in memory but not on disk; its message is written for the user. */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError'
}

export interface Fold {
  cut: number
  upTo: number
}

export class StoreJournal {
  readonly pending = new UnjournaledChanges()
  /** Set while a change failed to reach the journal and is durable nowhere yet. */
  error: string | null = null
  private failedAt = 0
  private readonly file: JournalFile

  constructor(folder: string, firstSegment: number) {
    this.file = new JournalFile(folder, firstSegment)
  }

  /** Resolves once every change so far is on disk; rejects with a StoreWriteError otherwise. */
  async commit(take: (pending: UnjournaledChanges) => Taken | null): Promise<void> {
    const taken = take(this.pending)
    try {
      // Nothing left to take: another commit carries these changes; its sync answers for them too.
      await (taken ? this.file.append(encodeRecord(taken.record)) : this.file.tail())
      this.clearErrorIfCovered()
    } catch (err) {
      if (!taken) {
        if (this.error === null) return // that append failed, but a fold has saved its changes since
        throw new StoreWriteError(this.error)
      }
      this.pending.giveBack(taken.keys)
      this.failedAt = this.pending.latest
      this.error = `Your latest change could not be saved (${describeWriteError(err)}). It is kept in memory and Crossread keeps retrying.`
      throw new StoreWriteError(this.error)
    }
  }

  /** Called as a fold takes its snapshot: later appends go to a new segment. */
  startFold(): Fold {
    return { cut: this.file.rotate(), upTo: this.pending.latest }
  }

  /** Called once a fold's shards and manifest are durable. */
  async folded(fold: Fold): Promise<void> {
    this.pending.forgetUpTo(fold.upTo)
    this.clearErrorIfCovered()
    await this.file.dropBefore(fold.cut).catch(() => undefined) // left behind, they replay harmlessly
  }

  get stats(): { appends: number; syncs: number } {
    return { ...this.file.stats }
  }

  close(): Promise<void> {
    return this.file.close()
  }

  private clearErrorIfCovered(): void {
    if (this.error !== null && !this.pending.hasUpTo(this.failedAt)) this.error = null
  }
}
