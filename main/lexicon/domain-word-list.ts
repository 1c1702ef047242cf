// The domain word list the app cuts with: the shipped words and the user's own, which the user
// adds to from the reader. Each change is written to the data folder's domain-words.txt (a temp
// file, fsync, rename), then announced to the listeners (search, the renderer). A write that fails
// keeps the change in memory and says so, as the annotation store does; the next change or the
// close writes the whole list again.
import { describeWriteError } from '../store/describe-write-error'
import type { DomainWordEdit } from '../../common/model/domain-word-edit'
import { mergeDomainWords } from './read-domain-words'
import type { WordListChange } from './word-list-change'

export interface DomainWordsChanged extends WordListChange {
  /** The whole list now, sorted. */
  words: string[]
}

export class DomainWordList {
  private user: string[]
  private merged: string[]
  private writing: Promise<void> = Promise.resolve()
  private unsaved = false
  private readonly listeners = new Set<(change: DomainWordsChanged) => void>()

  constructor(
    private readonly shipped: readonly string[],
    user: readonly string[],
    /** Replaces the user's file with these words, durably. */
    private readonly write: (user: readonly string[]) => Promise<void>,
    /** Told when a write fails (the app's notices), besides the caller's answer. */
    private readonly report: (problem: string) => void = () => undefined
  ) {
    this.user = mergeDomainWords([], user)
    this.merged = mergeDomainWords(shipped, this.user)
  }

  /** Every word cut whole, sorted. */
  get words(): string[] {
    return this.merged
  }

  isShipped(word: string): boolean {
    return this.shipped.includes(word.normalize('NFC'))
  }

  isUsers(word: string): boolean {
    return this.user.includes(word.normalize('NFC'))
  }

  /** Adds a word (checked already: contract.ts) to the user's list; nothing to do if listed. */
  add(word: string): Promise<DomainWordEdit> {
    const normalised = word.normalize('NFC')
    if (this.merged.includes(normalised)) return this.unchanged(normalised)
    return this.change([...this.user, normalised], { added: [normalised], removed: [] }, normalised)
  }

  /** Takes one of the user's words off the list (a shipped word stays: the caller refuses it). */
  remove(word: string): Promise<DomainWordEdit> {
    const normalised = word.normalize('NFC')
    if (!this.user.includes(normalised)) return this.unchanged(normalised)
    const user = this.user.filter((kept) => kept !== normalised)
    // A word both shipped and the user's stays on the list: only the user's entry goes.
    const removed = this.shipped.includes(normalised) ? [] : [normalised]
    return this.change(user, { added: [], removed }, normalised)
  }

  /** Called with each change, after the list in memory changed and before it is written. */
  onChange(listener: (change: DomainWordsChanged) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Writes the list again if the last write failed; false if it fails again. */
  async flush(): Promise<boolean> {
    if (this.unsaved) return (await this.save()) === null
    await this.writing
    return !this.unsaved
  }

  private async change(user: string[], change: WordListChange, word: string): Promise<DomainWordEdit> {
    this.user = mergeDomainWords([], user)
    this.merged = mergeDomainWords(this.shipped, this.user)
    if (change.added.length > 0 || change.removed.length > 0)
      for (const listener of this.listeners) listener({ words: this.merged, ...change })
    const problem = await this.save()
    return { word, changed: true, saved: problem === null, problem }
  }

  private async unchanged(word: string): Promise<DomainWordEdit> {
    await this.writing
    return { word, changed: false, saved: !this.unsaved, problem: null }
  }

  /** Writes the list as it is now, after any write still running; null, or why it failed. */
  private save(): Promise<string | null> {
    const written = this.writing.then(() => this.write(this.user))
    this.writing = written.then(
      () => void (this.unsaved = false),
      () => void (this.unsaved = true)
    )
    return written.then(
      () => null,
      (err: unknown) => {
        const problem = `Your word list could not be saved (${describeWriteError(err)}): the words are kept until Crossread closes.`
        this.report(problem)
        return problem
      }
    )
  }
}
