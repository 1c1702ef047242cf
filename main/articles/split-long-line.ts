// Splits a line too long to be one paragraph into paragraph-sized pieces. A scrape that lost its
// line breaks gives one line of megabytes; laid out as one paragraph it froze the reader for
// seconds, and every search snippet and selection over it paid for its length.
//
// LONG_LINE: the longest paragraph of the five real samples and the 60 labelled files is 2,884
// characters, so a line is split only past 4,000 (about two screens of Thai at reading width):
// real paragraphs are never touched, while a line that lost its breaks still becomes pieces of
// at most PIECE_MAX, well under the length where a Thai paragraph starts to cost in layout.
import { graphemeBoundaries, wordSegmenter } from '../../common/text/segmenters'

export const LONG_LINE = 4000
/** A piece ends at the last boundary before this many characters… */
export const PIECE_MAX = 2000
/** …and not before this many, so no crumb of a few words is left as a paragraph. */
const PIECE_MIN = 600
/** Characters after PIECE_MAX the word segmenter sees, so the word there is read whole. */
const WORD_CONTEXT = 64

/** How a cut was chosen: after a sentence, at a space (Thai's sentence and clause gap), a word, or none. */
export type CutKind = 'sentence' | 'space' | 'word' | 'hard'

export interface LinePiece {
  text: string
  /** Offset of the piece's first character in the line. */
  start: number
  /** How the cut before this piece was chosen (null for the first piece). */
  cut: CutKind | null
}

/** `.` `!` `?` `…` (Vietnamese and Latin sentence ends), maybe with a closing quote or bracket. */
const SENTENCE_END = /[.!?…。][”’"')\]]{0,2}$/u
const SPACE = /\s/u

/** The line as pieces of at most PIECE_MAX characters, or one piece when it is not long. */
export function splitLongLine(line: string): LinePiece[] {
  if (line.length <= LONG_LINE) return [{ text: line, start: 0, cut: null }]
  const pieces: LinePiece[] = []
  let start = 0
  let cut: CutKind | null = null
  while (start < line.length) {
    if (line.length - start <= PIECE_MAX) {
      pieces.push({ text: line.slice(start), start, cut })
      break
    }
    const window = line.slice(start, start + PIECE_MAX + WORD_CONTEXT)
    const end = cutIn(window)
    pieces.push({ text: window.slice(0, end.at).trimEnd(), start, cut })
    cut = end.kind
    start += end.at
    while (start < line.length && SPACE.test(line[start] ?? '')) start += 1
  }
  return pieces.filter((piece) => piece.text !== '')
}

/** Where to end a piece that starts `window` (PIECE_MAX + WORD_CONTEXT characters), preferring a sentence end. */
function cutIn(window: string): { at: number; kind: CutKind } {
  let space = -1
  for (let i = PIECE_MAX; i >= PIECE_MIN; i--) {
    if (!SPACE.test(window[i] ?? '')) continue
    if (SENTENCE_END.test(window.slice(Math.max(0, i - 3), i))) return { at: i, kind: 'sentence' }
    if (space < 0) space = i
  }
  if (space >= 0) return { at: space, kind: 'space' }
  // No space at all (Thai written solid): the start of the word at PIECE_MAX, found by the text
  // kernel in the window alone (ICU looks only near it; the whole line would cost seconds in Node).
  const word = wordSegmenter.segment(window).containing(PIECE_MAX)?.index ?? 0
  if (word >= PIECE_MIN) return { at: word, kind: 'word' }
  return { at: graphemeCut(window), kind: 'hard' }
}

/** The last grapheme boundary at or before PIECE_MAX, so no Thai cluster or emoji is cut. */
function graphemeCut(window: string): number {
  const from = PIECE_MAX - 32
  const boundaries = graphemeBoundaries(window.slice(from, PIECE_MAX + 1)).filter((at) => at <= 32 && at > 0)
  return from + (boundaries.at(-1) ?? 32)
}
