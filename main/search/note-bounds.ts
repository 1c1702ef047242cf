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

/**
 * The bounds of the notes held as objects (put since the index was loaded), end to end in one
 * growing array: 100,000 small arrays of their own raised an import's peak by 30-80 MB. A removed
 * note's bytes stay until the index is replaced by its saved form.
 */
export class BoundsArena {
  private bytes = new Uint8Array(64 * 1024)
  private end = 0

  /** Keeps `bounds`; where they start, or -1 for none. */
  add(bounds: Uint8Array | null): number {
    if (!bounds) return -1
    if (this.end + bounds.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(2 * this.bytes.length, this.end + bounds.length))
      grown.set(this.bytes.subarray(0, this.end))
      this.bytes = grown
    }
    this.bytes.set(bounds, this.end)
    this.end += bounds.length
    return this.end - bounds.length
  }

  at(start: number, length: number): Uint8Array | null {
    return start < 0 ? null : this.bytes.subarray(start, start + length)
  }
}
