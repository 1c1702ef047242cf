// The Thai text kernel's segmenters, set up once for both processes: words for the tokeniser,
// selection snapping and find; graphemes for never cutting a Thai cluster (a consonant with its
// vowel and tone marks) or an emoji. Every module that cuts text goes through these two, so main
// and the renderer cut the same text the same way (and a domain word list, when it comes, is
// applied in one place).

/** Thai-dictionary word boundaries (ICU); Latin and Vietnamese split at spaces and punctuation. */
export const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' })

/** User-perceived characters: a boundary here never splits a Thai cluster or an emoji. */
export const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' })

export interface WordSpan {
  /** UTF-16 offsets in the text segmented. */
  start: number
  end: number
  text: string
}

/** The words of `text` (not spaces or punctuation), in order. Segment whole paragraphs: ICU's
 * boundaries depend on context, so a fragment can be cut differently. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  for (const segment of wordSegmenter.segment(text)) {
    if (segment.isWordLike)
      spans.push({ start: segment.index, end: segment.index + segment.segment.length, text: segment.segment })
  }
  return spans
}

/** Offsets in `text` where a grapheme starts, and the text's length. */
export function graphemeBoundaries(text: string): number[] {
  const boundaries: number[] = []
  for (const segment of graphemeSegmenter.segment(text)) boundaries.push(segment.index)
  boundaries.push(text.length)
  return boundaries
}
