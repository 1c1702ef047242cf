// A pane's back and forward over the articles it had open (reader-history.ts holds the rules).
import { useCallback, useState } from 'react'
import { currentEntry, NO_HISTORY, step, visit } from './reader-history'

/** `showStep` shows the article a step lands on (without recording a visit). */
export function usePaneHistory(showStep: (articleId: string) => void) {
  const [history, setHistory] = useState(NO_HISTORY)
  const record = useCallback((articleId: string) => setHistory((before) => visit(before, articleId)), [])
  const go = (delta: -1 | 1) => {
    const next = step(history, delta)
    const articleId = next && currentEntry(next)
    if (!next || !articleId) return
    setHistory(next)
    showStep(articleId)
  }
  return {
    record,
    goBack: () => go(-1),
    goForward: () => go(1),
    canGoBack: step(history, -1) !== null,
    canGoForward: step(history, 1) !== null
  }
}
