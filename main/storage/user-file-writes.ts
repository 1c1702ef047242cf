// The writes of a file the user edits from the app (the word list, the theme ontology): one at a
// time, each writing what the file should hold then. A failed write keeps the edit in memory (the
// caller holds it), says why, and the next edit or the close (flush) writes the whole file again,
// as the annotation store does with its journal.
import { describeWriteError } from '../store/describe-write-error'

export class UserFileWrites {
  private writing: Promise<void> = Promise.resolve()
  private unsaved = false

  constructor(
    /** Writes what the file should hold now, durably. */
    private readonly write: () => Promise<void>,
    /** The problem told to the user, given why the write failed. */
    private readonly problemOf: (reason: string) => string,
    /** Told when a write fails (the app's notices), besides the caller's answer. */
    private readonly report: (problem: string) => void
  ) {}

  /** Writes after any write still running; null, or why it failed. */
  save(): Promise<string | null> {
    const written = this.writing.then(() => this.write())
    this.writing = written.then(
      () => void (this.unsaved = false),
      () => void (this.unsaved = true)
    )
    return written.then(
      () => null,
      (err: unknown) => {
        const problem = this.problemOf(describeWriteError(err))
        this.report(problem)
        return problem
      }
    )
  }

  /** Once the writes running have ended: is everything written? */
  async settled(): Promise<boolean> {
    await this.writing
    return !this.unsaved
  }

  /** Writes again if the last write failed; false if it fails again. */
  async flush(): Promise<boolean> {
    if (this.unsaved) return (await this.save()) === null
    return this.settled()
  }
}
