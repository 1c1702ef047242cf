// Find in the open article, one block (paragraph) at a time: Thai is segmented with its whole
// paragraph as context, as the index reads it, never across blocks and never per DOM text node
// (highlights cut a paragraph into several nodes, which would change where words break).
import type { TFunction } from 'i18next'
import { findClauses, matchRanges, readingIn, wordsOf, type Clause, type WordAt } from '../../../../common/text/query'
import { tokenize } from '../../../../common/text/tokenize'
import type { BlockSpan } from '../../article-doc/text-positions'

/** 'search': every word of a search-box query, wherever it occurs; 'find': the words typed, as a phrase. */
export type FindMode = 'search' | 'find'

/** A match as UTF-16 offsets in one block's text. */
export interface BlockMatch {
  block: number
  start: number
  end: number
}

/** `words`: the article's blocks, so that a search marks the reading of the query the article matched. */
export function clausesFor(text: string, mode: FindMode, words: WordAt[][]): Clause[] {
  // findClauses is findClause plus the unfinished last Thai word tried as one prefix (`ปฏิรู`).
  return mode === 'search' ? readingIn(words, text) : findClauses(text)
}

/** Each block's words, segmented once per article and reused for every keystroke. */
export function blockWords(texts: string[]): WordAt[][] {
  return texts.map((text) => wordsOf(tokenize(text)))
}

/** The matches of every block, in reading order. */
export function matchBlocks(words: WordAt[][], clauses: Clause[]): BlockMatch[] {
  if (clauses.length === 0) return []
  return words.flatMap((blockWords, block) => matchRanges(blockWords, clauses).map((range) => ({ block, ...range })))
}

/**
 * Document ranges of block matches, each with its index in `matches` (which stays the match's
 * number in the count); a match past its block's text (a list older than the document) is dropped.
 */
export function toDocRanges(
  spans: BlockSpan[],
  matches: BlockMatch[]
): Array<{ from: number; to: number; index: number }> {
  const ranges: Array<{ from: number; to: number; index: number }> = []
  matches.forEach((match, index) => {
    const span = spans[match.block]
    if (!span || match.end > span.length || match.end <= match.start) return
    ranges.push({ from: span.pos + match.start, to: span.pos + match.end, index })
  })
  return ranges
}

/** The next (delta 1) or previous (-1) match, wrapping at both ends; -1 when there are none. */
export function stepIndex(index: number, delta: 1 | -1, count: number): number {
  if (count === 0) return -1
  return (((index + delta) % count) + count) % count
}

/**
 * The current match after the query changed: the first one at or after where the last current
 * match started, so typing more letters does not jump back to the top; wraps to the first.
 */
export function indexFrom(matches: BlockMatch[], anchor: { block: number; start: number } | null): number {
  if (matches.length === 0) return -1
  if (!anchor) return 0
  const at = matches.findIndex(
    (match) => match.block > anchor.block || (match.block === anchor.block && match.start >= anchor.start)
  )
  return at < 0 ? 0 : at
}

/** What the count says: "3 of 12", "No matches", or nothing before anything is typed. A library
 * search's words found nowhere in the text matched the header (titles and outlets are searched):
 * that is said, not as a failure. */
export function countText(
  current: number,
  count: number,
  text: string,
  fromSearch: boolean,
  t: TFunction<'reader'>
): string {
  if (text.trim() === '') return ''
  if (count === 0) return fromSearch ? t('find.headerOnly') : t('find.noMatches')
  return t('find.position', { current: current + 1, count })
}
