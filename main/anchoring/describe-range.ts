// Builds the redundant description of a selection that re-anchoring needs later: the quote with
// its surrounding context, and its position in code points as the W3C model defines it.

import { codePointEnd, codePointOffsets, codePointStart } from './code-point-offsets'
import type { TextSelectors } from './selector-types'

/** Context kept on each side, in code points; Hypothesis and the W3C examples use 32 too. */
export const CONTEXT_CODE_POINTS = 32

/** Moves `offset` back by `count` code points, or to 0. */
function backCodePoints(text: string, offset: number, count: number): number {
  let at = offset
  for (let n = 0; n < count && at > 0; n++) at = codePointStart(text, at - 1)
  return at
}

function forwardCodePoints(text: string, offset: number, count: number): number {
  let at = offset
  for (let n = 0; n < count && at < text.length; n++) at = codePointEnd(text, at + 1)
  return at
}

/**
 * Selectors for text.slice(start, end); start/end are UTF-16 offsets; prefix/suffix about 32 code
 * points each (fewer at the text's edges). An offset between the halves of a surrogate pair is
 * widened to include the whole character, since code point positions cannot express half of one.
 * Throws a RangeError for a range outside the text or reversed: that is a caller's bug.
 */
export function describeRange(text: string, start: number, end: number): TextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`describeRange: [${start}, ${end}) is not a range of a text of length ${text.length}`)
  }
  const from = codePointStart(text, start)
  const to = codePointEnd(text, end)
  const offsets = codePointOffsets(text)
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(backCodePoints(text, from, CONTEXT_CODE_POINTS), from),
      suffix: text.slice(to, forwardCodePoints(text, to, CONTEXT_CODE_POINTS))
    },
    position: { type: 'TextPositionSelector', start: offsets.toCodePoint(from), end: offsets.toCodePoint(to) }
  }
}
