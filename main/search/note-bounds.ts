// Where each word of a note lies in its text, kept beside its word sequence so that showing a note
// found by a search does not segment it again (a third of a notes query's time). Two bytes per
// entry of the sequence, as the articles' kept texts hold theirs (text-blocks.ts): the gap since the
// previous word's end in the same field, then the word's length; the BREAK between note and quote
// has (0, 0). A note with a gap or word longer than 255 has none: its entries are all zero.
import type { WordAt } from '../../common/text/query'
/** The term id of BREAK: the dictionary's first. */
const BREAK_ID = 0

/** The note's words, then the quote's, as `wordsOf` gives them: their bounds, or null when one does not fit. */
export function noteBounds(note: readonly WordAt[], quote: readonly WordAt[]): Uint8Array | null {
  const bounds = new Uint8Array(2 * (note.length + 1 + quote.length))
  let at = 0
  for (const words of [note, quote]) {
    let end = 0
    for (const word of words) {
      const gap = word.start - end
      const length = word.end - word.start
      if (gap > 255 || length > 255 || length === 0) return null
      bounds[at++] = gap
      bounds[at++] = length
      end = word.end
    }
    at += 2 // the BREAK after the note (and, harmlessly, past the quote's end)
  }
  return bounds
}

/** Has this note's bounds (all zero when it was saved without)? */
export function hasBounds(sequence: Uint32Array, bounds: Uint8Array): boolean {
  const first = sequence.findIndex((id) => id !== BREAK_ID)
  return first >= 0 && bounds[2 * first + 1] !== 0
}

/**
 * The words of entries `from` to `to` of the sequence (one field: the note's before the BREAK, the
 * quote's after it) with their places in that field's text.
 */
export function wordsFromBounds(
  sequence: Uint32Array,
  bounds: Uint8Array,
  from: number,
  to: number,
  formsOf: (id: number) => string[]
): WordAt[] {
  const words: WordAt[] = []
  let end = 0
  for (let k = from; k < to; k++) {
    const start = end + (bounds[2 * k] as number)
    end = start + (bounds[2 * k + 1] as number)
    words.push({ forms: formsOf(sequence[k] as number), start, end })
  }
  return words
}
