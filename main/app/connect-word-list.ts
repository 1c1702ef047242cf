// The domain word list, opened at launch (the shipped words and the user's own from the data
// folder) and followed: each change the user makes is installed in main and in every search worker
// (which marks what it affects for the next sync to index again) and published to the renderer,
// which installs the same list, so that search, find and selection keep cutting alike.
import type { ChangeLog } from '../events/change-log'
import type { StatusBoard } from '../events/status-board'
import { DomainWordList } from '../lexicon/domain-word-list'
import { readDomainWords } from '../lexicon/read-domain-words'
import { readUserWords, userWordsWriter } from '../lexicon/user-words-file'
import type { ConnectedSearch } from './connect-search'

export function openWordList(options: {
  shippedFile: string
  dataDir: string
  status: StatusBoard
  log?: (message: string) => void
}): DomainWordList {
  const shipped = readDomainWords(options.shippedFile, options.log)
  const user = readUserWords(options.dataDir)
  const report = (problem: string) => {
    options.log?.(`[words] ${problem}`)
    options.status.notice(problem)
  }
  // An unreadable file of the user's: the shipped list stands, and the file is never written over.
  if (user.problem) report(user.problem)
  return new DomainWordList(shipped, user.words, userWordsWriter(options.dataDir, user), report)
}

/** Passes each change on; returns the unsubscribe. */
export function followWordList(
  list: DomainWordList,
  options: { search: Pick<ConnectedSearch, 'useDomainWords'>; changes: ChangeLog; log?: (message: string) => void }
): () => void {
  return list.onChange(({ words, added, removed }) => {
    options.changes.publish({ kind: 'domain-words', words, added, removed })
    options.search.useDomainWords(words).then(
      ({ documents, notes }) =>
        options.log?.(
          `[words] +[${added.join(' ')}] -[${removed.join(' ')}]: ${documents} articles and ${notes} notes to index again`
        ),
      (err: unknown) => options.log?.(`[words] the index could not take the new word list: ${String(err)}`)
    )
  })
}
