// The text annotations point into: an article's blocks joined by a blank line. Main anchors
// against it and the renderer maps it to reader positions, so both must build it the same way:
// this pure module is shared by both.
import type { ArticleBlock } from '../model/article-types'

export const BLOCK_SEPARATOR = '\n\n'

export function articleText(blocks: ArticleBlock[]): string {
  return blocks.map((block) => block.text).join(BLOCK_SEPARATOR)
}

/** Where each block starts in `articleText(blocks)`. */
export function blockStarts(blocks: ArticleBlock[]): number[] {
  const starts: number[] = []
  let offset = 0
  for (const block of blocks) {
    starts.push(offset)
    offset += block.text.length + BLOCK_SEPARATOR.length
  }
  return starts
}
