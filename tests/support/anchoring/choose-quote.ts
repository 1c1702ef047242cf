// Building blocks of the random edits: a reader's selection in a real article, insertable Thai
// text, and a splice that tracks where the selected passage goes.

import fc from 'fast-check'
import { describeRange } from '../../../main/anchoring/describe-range'
import { graphemeStartAtOrBefore } from '../../../main/anchoring/grapheme-boundaries'
import type { TextSelectors } from '../../../main/anchoring/selector-types'
import { ARTICLES, pick, wordsOf } from './articles'

export interface Range {
  start: number
  end: number
}

/** An edited article, the selectors taken before the edit, and where the passage truly is now. */
export interface EditedCase {
  text: string
  selectors: TextSelectors
  /** null when the passage was deleted. */
  truth: Range | null
}

// Uniform in [0, 1): fc.double is uniform over float encodings, which crowds near zero.
export const fraction = fc.integer({ min: 0, max: 2 ** 30 - 1 }).map((n) => n / 2 ** 30)

// Mostly short selections: one to three Thai words are the dangerous case for re-anchoring.
const wordCount = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 2 },
  { arbitrary: fc.integer({ min: 4, max: 15 }), weight: 1 },
  { arbitrary: fc.integer({ min: 16, max: 60 }), weight: 1 }
)

export const quoteChoice = fc.record({
  article: fc.integer({ min: 0, max: ARTICLES.length - 1 }),
  first: fraction,
  words: wordCount
})
type QuoteChoice = typeof quoteChoice extends fc.Arbitrary<infer T> ? T : never

/** A selection of whole words within one paragraph, as the reader's word snapping makes it. */
export function chooseQuote(choice: QuoteChoice): { text: string; range: Range } {
  const text = ARTICLES[choice.article] ?? ''
  const words = wordsOf(text)
  const first = pick(words, choice.first)
  const newline = text.indexOf('\n', first.start)
  const paragraphEnd = newline === -1 ? text.length : newline
  let last = first
  for (const word of words.slice(words.indexOf(first), words.indexOf(first) + choice.words)) {
    if (word.end <= paragraphEnd) last = word
  }
  return { text, range: { start: first.start, end: last.end } }
}

/** Thai text to insert: a slice of some article, cut at cluster boundaries. */
export const thaiSnippet = fc
  .record({ article: fraction, at: fraction, length: fc.integer({ min: 1, max: 120 }) })
  .map(({ article, at, length }) => {
    const source = pick(ARTICLES, article)
    const start = graphemeStartAtOrBefore(source, Math.floor(at * (source.length - length)))
    return source.slice(start, graphemeStartAtOrBefore(source, start + length)) || 'การ'
  })

/** A Thai word from some article. */
export const thaiWord = fc.tuple(fraction, fraction).map(([article, at]) => {
  const source = pick(ARTICLES, article)
  const word = pick(wordsOf(source), at)
  return source.slice(word.start, word.end)
})

/**
 * Replaces text[from, to) with `insert` and moves `range` along. An edit touching the range's
 * start from outside counts as before it, one at its end as after it, anything else as inside.
 */
export function splice(
  text: string,
  range: Range,
  from: number,
  to: number,
  insert: string
): { text: string; range: Range } {
  const next = text.slice(0, from) + insert + text.slice(to)
  const delta = insert.length - (to - from)
  if (to <= range.start) return { text: next, range: { start: range.start + delta, end: range.end + delta } }
  if (from >= range.end) return { text: next, range }
  return { text: next, range: { start: Math.min(range.start, from), end: range.end + delta } }
}

export const selectorsFor = (text: string, range: Range): TextSelectors => describeRange(text, range.start, range.end)
