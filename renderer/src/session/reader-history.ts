// What a pane has had open, for back and forward (Alt+← / Alt+→): article ids and where in them the
// pane is. Opening an article drops whatever lay ahead, as a browser does; back and forward only
// move the position. Persistent values: each change returns a new history.

export interface ReaderHistory {
  readonly entries: readonly string[]
  /** Index of the open article in `entries`; -1 before the first. */
  readonly at: number
}

export const NO_HISTORY: ReaderHistory = { entries: [], at: -1 }

/** A long reading day stays bounded; the oldest entries go first. */
const LIMIT = 200

export const currentEntry = (history: ReaderHistory): string | null => history.entries[history.at] ?? null

/** The history after opening `articleId`; the same one if that article is already the current entry. */
export function visit(history: ReaderHistory, articleId: string): ReaderHistory {
  if (currentEntry(history) === articleId) return history
  const entries = [...history.entries.slice(0, history.at + 1), articleId].slice(-LIMIT)
  return { entries, at: entries.length - 1 }
}

/** One step back (-1) or forward (1); null when there is nothing that way. */
export function step(history: ReaderHistory, delta: -1 | 1): ReaderHistory | null {
  const at = history.at + delta
  return at >= 0 && at < history.entries.length ? { entries: history.entries, at } : null
}
