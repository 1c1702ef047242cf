// An article as the index reads it: its title and cleaned blocks, segmented block by block (V8's
// segmenter is superlinear on long strings, and segmenting a whole article at once would also
// join words across paragraph breaks).
import { eachWord } from '../../common/text/tokenize'
import type { WordSegment } from '../../common/text/domain-words'

/** What one document contributes to the index, computed in a worker. */
export interface DocumentWords {
  /** How often each indexed form (exact and folded) occurs, for ranking. */
  title: Map<string, number>
  body: Map<string, number>
  /** The exact form of each word in reading order, BREAK between blocks: for phrase checks. */
  sequence: string[]
  /**
   * Where each word of `sequence` lies in its block, two bytes a word: the gap since the previous
   * word's end (or the block's start), then its length. Null when one does not fit in a byte
   * (snippets then segment that document's block again).
   */
  bounds: Uint8Array | null
  /** Each block's words as the kernel's segments, when asked for: theme detection in the same pass
   * matches cues on them instead of cutting every block a second time. */
  blockWords?: WordSegment[][]
  /** The title's, likewise. */
  titleWords?: WordSegment[]
}

/** Marks a block boundary in a word sequence: no phrase runs across it. */
export const BREAK = ''

export function documentWords(title: string, blocks: readonly string[], keepBlockWords = false): DocumentWords {
  const sequence: string[] = []
  const blockWords: WordSegment[][] = []
  let kept: WordSegment[] | null = null
  const bounds: number[] = []
  let fits = true
  const formsOf = (text: string, into: Map<string, number>) => {
    let end = 0
    eachWord(text, (term, folded, start, wordEnd, parts, written) => {
      into.set(term, (into.get(term) ?? 0) + 1)
      if (folded !== undefined) into.set(folded, (into.get(folded) ?? 0) + 1)
      // A domain word's pieces are found by a search for them, but are not words of the sequence.
      for (const part of parts ?? []) into.set(part, (into.get(part) ?? 0) + 1)
      kept?.push({ segment: written, index: start, isWordLike: true })
      sequence.push(term)
      bounds.push(start - end, wordEnd - start)
      if (start - end > 255 || wordEnd - start > 255) fits = false
      end = wordEnd
    })
    sequence.push(BREAK)
  }
  const titleForms = new Map<string, number>()
  const body = new Map<string, number>()
  const titleWords: WordSegment[] = []
  if (keepBlockWords) kept = titleWords
  formsOf(title, titleForms)
  for (const block of blocks) {
    if (keepBlockWords) blockWords.push((kept = []))
    formsOf(block, body)
  }
  return {
    title: titleForms,
    body,
    sequence,
    bounds: fits ? Uint8Array.from(bounds) : null,
    blockWords: keepBlockWords ? blockWords : undefined,
    titleWords: keepBlockWords ? titleWords : undefined
  }
}
