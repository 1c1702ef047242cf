// The Thai text kernel's segmenters, set up once for both processes: words for the tokeniser,
// selection snapping and find; graphemes for never cutting a Thai cluster (a consonant with its
// vowel and tone marks) or an emoji. Words are cut through kernel-words.ts, which applies the
// domain word list on top of ICU, so main and the renderer cut the same text the same way.

/** Thai-dictionary word boundaries (ICU); Latin and Vietnamese split at spaces and punctuation. */
export const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' })

/** User-perceived characters: a boundary here never splits a Thai cluster or an emoji. */
export const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' })

/** Offsets in `text` where a grapheme starts, and the text's length. */
export function graphemeBoundaries(text: string): number[] {
  const boundaries: number[] = []
  for (const segment of graphemeSegmenter.segment(text)) boundaries.push(segment.index)
  boundaries.push(text.length)
  return boundaries
}
