import { describe, expect, it } from 'vitest'
import { currentEntry, NO_HISTORY, step, visit, type ReaderHistory } from './reader-history'

/** 'a b [c] d': the entries, the current one in brackets. */
const show = (history: ReaderHistory | null) =>
  history && history.entries.map((entry, index) => (index === history.at ? `[${entry}]` : entry)).join(' ')
const visitAll = (...ids: string[]) => ids.reduce(visit, NO_HISTORY)

describe("a pane's history of what was open", () => {
  it('records each article opened, once for an article opened again in place', () => {
    expect(show(visitAll('a', 'b', 'b', 'c'))).toBe('a b [c]')
    expect(show(visitAll('a', 'b', 'a'))).toBe('a b [a]') // back to a by opening it: a new entry
  })

  it('goes back and forward, and no further than either end', () => {
    const history = visitAll('a', 'b', 'c')
    const back = step(history, -1)
    expect(show(back)).toBe('a [b] c')
    expect(show(back && step(back, 1))).toBe('a b [c]')
    expect(step(history, 1)).toBeNull()
    expect(step(visitAll('a'), -1)).toBeNull()
    expect(step(NO_HISTORY, -1)).toBeNull()
  })

  it('drops what lay ahead when an article is opened after going back, as a browser does', () => {
    const back = step(step(visitAll('a', 'b', 'c'), -1) ?? NO_HISTORY, -1) ?? NO_HISTORY
    expect(show(visit(back, 'd'))).toBe('a [d]')
  })

  it('keeps the latest 200 entries', () => {
    const history = visitAll(...Array.from({ length: 250 }, (_, index) => `article-${index}`))
    expect(history.entries).toHaveLength(200)
    expect(history.entries[0]).toBe('article-50')
    expect(currentEntry(history)).toBe('article-249')
  })
})
