// Thai vowels above and below, tone marks and SARA AM belong to the consonant before them, and
// emoji can span several code points: a highlight must never start or end inside such a cluster.
// V8's segmenter is slow on long strings, so we only ever segment a small window around an offset.

import { graphemeSegmenter } from '../../common/text/segmenters'
import { codePointEnd, codePointStart } from './code-point-offsets'

// Wider than any Thai cluster (at most a consonant and three marks) and than common emoji ZWJ
// sequences; a longer cluster is treated as ending at the window, which only loses precision there.
const REACH = 48

/** Cluster boundaries in text[from, to) that lie inside the window, not on its cut edges. */
function boundariesNear(text: string, offset: number): { from: number; boundaries: number[] } {
  const from = Math.max(0, offset - REACH)
  const to = Math.min(text.length, offset + REACH)
  const boundaries: number[] = []
  for (const { index } of graphemeSegmenter.segment(text.slice(from, to))) boundaries.push(from + index)
  boundaries.push(to)
  return { from, boundaries }
}

export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true
  return boundariesNear(text, offset).boundaries.includes(offset)
}

/** The nearest cluster boundary at or before `offset`. */
export function graphemeStartAtOrBefore(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length))
  const { from, boundaries } = boundariesNear(text, offset)
  let best = -1
  for (const b of boundaries) if (b <= offset && b > from) best = b
  return best === -1 ? codePointStart(text, offset) : best
}

/** The nearest cluster boundary at or after `offset`. */
export function graphemeEndAtOrAfter(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length))
  const { boundaries } = boundariesNear(text, offset)
  const to = Math.min(text.length, offset + REACH)
  for (const b of boundaries) if (b >= offset && (b < to || to === text.length)) return b
  return codePointEnd(text, offset)
}
