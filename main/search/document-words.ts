// An article as the index reads it: its title and cleaned blocks, segmented block by block (V8's
// segmenter is superlinear on long strings, and segmenting a whole article at once would also
// join words across paragraph breaks).
import { tokenize } from './tokenize'
import { wordsOf } from './query'

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
    for (const word of wordsOf(tokenize(text))) {
      into.push(...word.forms)
      sequence.push(word.forms[0] ?? BREAK)
    }
    sequence.push(BREAK)
  }
  const titleForms: string[] = []
  const body: string[] = []
  formsOf(title, titleForms)
  for (const block of blocks) formsOf(block, body)
  return { title: titleForms, body, sequence }
}
