// What keeping (or dropping) one of the user's own words answers: the API result of addDomainWord
// and removeDomainWord.
export interface DomainWordEdit {
  /** The word, normalised (NFC) as the list holds it. */
  word: string
  /** False when there was nothing to do (the word was listed already, or was not the user's). */
  changed: boolean
  /** Written to the data folder's domain-words.txt; when not, it is kept for this session only. */
  saved: boolean
  /** Why it was not saved, in words a researcher can act on. */
  problem: string | null
}
