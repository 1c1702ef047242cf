// The edit scenarios shared by the property tests and the evaluation, as fast-check arbitraries:
// failures shrink, and the evaluation samples them from a fixed seed.

import fc from 'fast-check'
import { graphemeEndAtOrAfter, graphemeStartAtOrBefore } from '../../../main/anchoring/grapheme-boundaries'
import type { Anchor } from '../../../main/anchoring/selector-types'
import { wordsOf } from './articles'
import { chooseQuote, fraction, quoteChoice, selectorsFor, splice, thaiSnippet, thaiWord } from './choose-quote'
import type { EditedCase, Range } from './choose-quote'

/** Past the 32 code points of stored context on either side (the articles are BMP-only). */
export const CONTEXT_MARGIN = 40

const outsideEdit = fc
  .record({ at: fraction, remove: fc.integer({ min: 0, max: 80 }), insert: fc.oneof(fc.constant(''), thaiSnippet) })
  .filter((edit) => edit.remove > 0 || edit.insert.length > 0)
type OutsideEdit = typeof outsideEdit extends fc.Arbitrary<infer T> ? T : never

/** Applies an edit at least `margin` units from the range, and, given `near`, at most that far. */
function editOutside(
  text: string,
  range: Range,
  edit: OutsideEdit,
  margin: number,
  near = Infinity
): { text: string; range: Range } {
  const before = { low: Math.max(0, range.start - near), high: range.start - margin }
  const after = { low: range.end + margin, high: Math.min(text.length, range.end + near) }
  const beforeSize = Math.max(0, before.high - before.low + 1)
  const afterSize = Math.max(0, after.high - after.low + 1)
  const point = Math.floor(edit.at * (beforeSize + afterSize))
  const [from, limit] =
    point < beforeSize
      ? [graphemeStartAtOrBefore(text, before.low + point), before.high]
      : [graphemeEndAtOrAfter(text, after.low + point - beforeSize), text.length]
  const to = Math.max(from, graphemeStartAtOrBefore(text, Math.min(from + edit.remove, limit)))
  return splice(text, range, from, to, edit.insert)
}

/** 1-3 insertions, deletions or replacements outside the quote; with `nearFirst`, the first within 40 units of it. */
function outsideEdits(nearFirst: boolean): fc.Arbitrary<EditedCase> {
  return fc
    .record({ quote: quoteChoice, edits: fc.array(outsideEdit, { minLength: 1, maxLength: 3 }) })
    .map(({ quote, edits }) => {
      let { text, range } = chooseQuote(quote)
      const selectors = selectorsFor(text, range)
      edits.forEach((edit, i) => {
        ;({ text, range } = nearFirst
          ? editOutside(text, range, edit, 0, i === 0 ? CONTEXT_MARGIN : Infinity)
          : editOutside(text, range, edit, CONTEXT_MARGIN))
      })
      return { text, selectors, truth: range }
    })
}

/** Quotes long enough that a few changed letters leave them recognisable. */
const longQuote = quoteChoice
  .map(chooseQuote)
  .filter(({ text, range }) => Array.from(text.slice(range.start, range.end)).length >= 20)

const THAI_LETTERS = Array.from('กขคงจฉชซญดตถทนบปผพฟภมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋็์')
const letterEdit = fc.record({
  at: fraction,
  kind: fc.constantFrom('substitute', 'insert', 'delete'),
  letter: fc.constantFrom(...THAI_LETTERS)
})

const insideLetters = fc
  .record({ quote: longQuote, edits: fc.array(letterEdit, { minLength: 1, maxLength: 3 }) })
  .map(({ quote, edits }) => {
    let { text, range } = quote
    const selectors = selectorsFor(text, range)
    for (const { at, kind, letter } of edits) {
      const length = range.end - range.start
      const offset = range.start + (kind === 'insert' ? 1 + Math.floor(at * (length - 1)) : Math.floor(at * length))
      ;({ text, range } = splice(
        text,
        range,
        offset,
        kind === 'insert' ? offset : offset + 1,
        kind === 'delete' ? '' : letter
      ))
    }
    return { text, selectors, truth: range }
  })

const insideWord = fc.record({ quote: longQuote, at: fraction, word: thaiWord }).map(({ quote, at, word }) => {
  const { text, range } = quote
  // At a Thai word boundary strictly inside the quote, the way an editor adds a word.
  const inner = wordsOf(text)
    .map((w) => w.start)
    .filter((start) => start > range.start && start < range.end)
  const offset = inner[Math.floor(at * inner.length)] ?? graphemeStartAtOrBefore(text, (range.start + range.end) >> 1)
  const next = splice(text, range, offset, offset, word)
  return { text: next.text, selectors: selectorsFor(text, range), truth: next.range }
})

/** Deletes the passage and up to 60 units around it. */
const deleted = fc
  .record({ quote: quoteChoice, before: fc.integer({ min: 0, max: 60 }), after: fc.integer({ min: 0, max: 60 }) })
  .map(({ quote, before, after }) => {
    const { text, range } = chooseQuote(quote)
    const from = graphemeStartAtOrBefore(text, Math.max(0, range.start - before))
    const to = graphemeEndAtOrAfter(text, Math.min(text.length, range.end + after))
    return {
      text: text.slice(0, from) + text.slice(to),
      selectors: selectorsFor(text, range),
      truth: null
    } satisfies EditedCase
  })

export const SCENARIOS = {
  'outside, beyond context': outsideEdits(false),
  'outside, within context': outsideEdits(true),
  'inside, 1-3 letters': insideLetters,
  'inside, word inserted': insideWord,
  'deleted, no copy left': deleted.filter((c) => !c.text.includes(c.selectors.quote.exact)),
  // Not a random edit but the adversarial case: the quote still occurs elsewhere.
  'deleted, copy elsewhere': deleted.filter((c) => c.text.includes(c.selectors.quote.exact))
} satisfies Record<string, fc.Arbitrary<EditedCase>>

export type Outcome = 'correct' | 'imprecise' | 'wrong' | 'orphan'

/**
 * Judges an anchor against the truth: correct when it covers at least 80% of the longer of the
 * two ranges, imprecise when it overlaps less, wrong when it misses the passage or it was deleted.
 */
export function judge(anchor: Anchor, truth: Range | null): Outcome {
  if (anchor.status === 'orphan') return 'orphan'
  if (!truth) return 'wrong'
  const shared = Math.min(anchor.end, truth.end) - Math.max(anchor.start, truth.start)
  if (shared <= 0) return 'wrong'
  return shared / Math.max(anchor.end - anchor.start, truth.end - truth.start) >= 0.8 ? 'correct' : 'imprecise'
}
