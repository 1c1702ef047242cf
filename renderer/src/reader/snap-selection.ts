// Selections snap to words, as a researcher means them: Thai has no spaces between words, so
// boundaries come from ICU's dictionary segmenter, run on the whole paragraph (its boundaries
// depend on context; never segment a fragment). A selection never splits a grapheme cluster
// (SARA AM and tone marks stay with their consonant); holding Alt selects exactly, but still
// whole graphemes, for proper names the dictionary splits.

import { graphemeBoundaries } from '../../../common/text/segmenters'
import { wordSpans } from '../../../common/text/kernel-words'

interface Boundaries {
  words: number[]
  graphemes: number[]
}

const cache = new Map<string, Boundaries>()

/** Word and grapheme boundaries of one block's text, computed once per text. */
export function boundaries(text: string): Boundaries {
  let found = cache.get(text)
  if (!found) {
    const words = wordSpans(text).flatMap((span) => [span.start, span.end])
    found = { words, graphemes: graphemeBoundaries(text) }
    if (cache.size > 200) cache.clear()
    cache.set(text, found)
  }
  return found
}

/** The nearest boundary at or before `offset`. */
function floor(points: number[], offset: number): number {
  let best = 0
  for (const point of points) if (point <= offset && point > best) best = point
  return best
}

/** The nearest boundary at or after `offset`. */
function ceil(points: number[], offset: number, max: number): number {
  let best = max
  for (const point of points) if (point >= offset && point < best) best = point
  return best
}

/**
 * Snaps [start, end) inside one block's text. With `exact`, only to grapheme boundaries.
 * Start moves back to the start of its word, end forward to the end of its word; a selection
 * that starts or ends in the space between words is trimmed to the words inside it.
 */
export function snapInBlock(text: string, start: number, end: number, exact: boolean): { start: number; end: number } {
  const { words, graphemes } = boundaries(text)
  let from = floor(graphemes, start)
  let to = ceil(graphemes, end, text.length)
  if (!exact) {
    const wordStarts = words.filter((_, i) => i % 2 === 0)
    const wordEnds = words.filter((_, i) => i % 2 === 1)
    const startWord = wordStarts.findLastIndex((point) => point <= from)
    // Inside a word: back to its start. Between words: forward to the next word's start.
    from =
      startWord >= 0 && (wordEnds[startWord] ?? 0) > from ? (wordStarts[startWord] ?? from) : ceil(wordStarts, from, to)
    const endWord = wordEnds.findIndex((point) => point >= to)
    to = endWord >= 0 && (wordStarts[endWord] ?? text.length) < to ? (wordEnds[endWord] ?? to) : floor(wordEnds, to)
  }
  while (from < to && /\s/.test(text[from] ?? '')) from += 1
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1
  return to > from ? { start: from, end: to } : { start, end }
}
