// Where an imported passage is in its article's current text, found as the store finds a passage
// after an edit (main/anchoring's reanchor, from the quote, its context and the position as a
// hint), and described by fresh selectors as a new highlight is. A passage not found keeps the
// file's selectors with no text hash, so the reader lists it among the orphans to re-attach.
import { codePointOffsets, describeRange, reanchor } from '../../anchoring'
import type { Annotation } from '../../../common/model/annotation-types'
import { textHashOf } from '../../annotations/anchored-views'
import type { ImportedPassage } from './import-items'

export type Placement = { placed: true; target: Annotation['target'] } | { placed: false; target: Annotation['target'] }

export function placePassage(text: string, passage: ImportedPassage): Placement {
  const { exact, prefix, suffix } = passage.quote
  const quote = { type: 'TextQuoteSelector' as const, exact, prefix, suffix }
  const points = codePointOffsets(text)
  // Without a position, the first place the quote occurs is as good a hint as any: context decides.
  const first = Math.max(0, text.indexOf(exact))
  const position = passage.position ?? {
    start: points.toCodePoint(first),
    end: points.toCodePoint(first + exact.length)
  }
  const selectors = { quote, position: { type: 'TextPositionSelector' as const, ...position } }
  const anchor = reanchor(text, selectors)
  const range = anchor.status !== 'orphan' ? anchor : uniqueWithoutContext(text, passage)
  if (range)
    return { placed: true, target: { ...describeRange(text, range.start, range.end), textHash: textHashOf(text) } }
  return { placed: false, target: { ...selectors, textHash: '' } }
}

/**
 * A quote written without any context (some tools keep none) reads to reanchor as one at the very
 * start and end of the text; if it occurs exactly once, that occurrence is the passage.
 */
function uniqueWithoutContext(text: string, passage: ImportedPassage): { start: number; end: number } | null {
  const { exact, prefix, suffix } = passage.quote
  if (prefix !== '' || suffix !== '') return null
  const start = text.indexOf(exact)
  if (start < 0 || text.indexOf(exact, start + 1) >= 0) return null
  return { start, end: start + exact.length }
}
