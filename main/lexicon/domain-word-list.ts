// The domain word list the app cuts with: the shipped words and the user's own, which the user
// adds to from the reader. Each change is written to the data folder's domain-words.txt (a temp
// file, fsync, rename), then announced to the listeners (search, the renderer). A write that fails
// keeps the change in memory and says so, as the annotation store does; the next change or the
// close writes the whole list again.
import { UserFileWrites } from '../storage/user-file-writes'
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
  private readonly writes: UserFileWrites
  private readonly listeners = new Set<(change: DomainWordsChanged) => void>()

  constructor(
    private readonly shipped: readonly string[],
    user: readonly string[],
    /** Replaces the user's file with these words, durably. */
    write: (user: readonly string[]) => Promise<void>,
    /** Told when a write fails (the app's notices), besides the caller's answer. */
    report: (problem: string) => void = () => undefined
  ) {
    this.user = mergeDomainWords([], user)
    this.merged = mergeDomainWords(shipped, this.user)
    this.writes = new UserFileWrites(
      () => write(this.user),
      (reason) => `Your word list could not be saved (${reason}): the words are kept until Crossread closes.`,
      report
    )
  }

  /** Every word cut whole, sorted. */
  get words(): string[] {
    return this.merged
  }

  /** The words the user added, sorted (the settings list them, each removable). */
  get own(): string[] {
    return this.user
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
  flush(): Promise<boolean> {
    return this.writes.flush()
  }

  private async change(user: string[], change: WordListChange, word: string): Promise<DomainWordEdit> {
    this.user = mergeDomainWords([], user)
    this.merged = mergeDomainWords(this.shipped, this.user)
    if (change.added.length > 0 || change.removed.length > 0)
      for (const listener of this.listeners) listener({ words: this.merged, ...change })
    const problem = await this.writes.save()
    return { word, changed: true, saved: problem === null, problem }
  }

  private async unchanged(word: string): Promise<DomainWordEdit> {
    return { word, changed: false, saved: await this.writes.settled(), problem: null }
  }
}
