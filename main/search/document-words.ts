// An article as the index reads it: its title and cleaned blocks, segmented block by block (V8's
// segmenter is superlinear on long strings, and segmenting a whole article at once would also
// join words across paragraph breaks).
import { eachWord } from './tokenize'

/** What one document contributes to the index, computed in a worker. */
export interface DocumentWords {
  /** Every indexed form (exact and folded), for ranking. */
  title: string[]
  body: string[]
  /** The exact form of each word in reading order, BREAK between blocks: for phrase checks. */
  sequence: string[]
}

/** Marks a block boundary in a word sequence: no phrase runs across it. */
export const BREAK = ''

export function documentWords(title: string, blocks: readonly string[]): DocumentWords {
  const sequence: string[] = []
  const formsOf = (text: string, into: string[]) => {
    eachWord(text, (term, folded) => {
      into.push(term)
      if (folded !== undefined) into.push(folded)
      sequence.push(term)
    })
    sequence.push(BREAK)
  }
  const titleForms: string[] = []
  const body: string[] = []
  formsOf(title, titleForms)
  for (const block of blocks) formsOf(block, body)
  return { title: titleForms, body, sequence }
}
