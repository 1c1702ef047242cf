// Between ProseMirror positions and offsets in the article text (blocks joined by a blank line,
// as main anchors against). Each block node opens one position before its text starts.
import type { Node } from 'prosemirror-model'
import { BLOCK_SEPARATOR } from '../../../common/text/article-text'

export interface BlockSpan {
  /** ProseMirror position where the block's text starts. */
  pos: number
  /** Offset of the block's text in the article text. */
  offset: number
  length: number
}

export function blockSpans(doc: Node): BlockSpan[] {
  const spans: BlockSpan[] = []
  let offset = 0
  doc.forEach((node, nodeOffset) => {
    spans.push({ pos: nodeOffset + 1, offset, length: node.textContent.length })
    offset += node.textContent.length + BLOCK_SEPARATOR.length
  })
  return spans
}

/** The block holding a text offset (an offset in a separator belongs to the block before it). */
function spanAtOffset(spans: BlockSpan[], offset: number): BlockSpan | undefined {
  let low = 0
  let high = spans.length - 1
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if ((spans[mid]?.offset ?? 0) <= offset) low = mid
    else high = mid - 1
  }
  return spans[low]
}

export function offsetToPos(spans: BlockSpan[], offset: number): number {
  const span = spanAtOffset(spans, offset)
  if (!span) return 0
  return span.pos + Math.min(offset - span.offset, span.length)
}

export function posToOffset(spans: BlockSpan[], pos: number): number {
  let found = spans[0]
  for (const span of spans) {
    if (span.pos - 1 > pos) break
    found = span
  }
  if (!found) return 0
  return found.offset + Math.max(0, Math.min(pos - found.pos, found.length))
}

/** The block index and in-block offset of a text offset. */
export function locate(spans: BlockSpan[], offset: number): { index: number; inBlock: number } {
  const span = spanAtOffset(spans, offset)
  const index = span ? spans.indexOf(span) : 0
  return { index, inBlock: span ? Math.min(offset - span.offset, span.length) : 0 }
}
