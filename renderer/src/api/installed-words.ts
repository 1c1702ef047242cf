// The word list the renderer cuts with, installed again when main says it changed (the user kept
// a word): views that cut text themselves (find) follow its key, so they cut again with the new list.
import { useSyncExternalStore } from 'react'
import { domainWordsKey, installDomainWords } from '../../../common/text/kernel-words'

const listeners = new Set<() => void>()

/** Installs `words` (the whole list) and tells the views cutting text, if it differs from the one in use. */
export function reinstallDomainWords(words: readonly string[]): void {
  const before = domainWordsKey()
  installDomainWords(words)
  if (domainWordsKey() !== before) for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Names the list installed; changes when it does. */
export function useDomainWordsKey(): string {
  return useSyncExternalStore(subscribe, domainWordsKey)
}
