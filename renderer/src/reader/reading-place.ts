// Where a pane was read to, as an offset into the article's text (the first line at the pane's
// top), and scrolling back there: kept across launches, and right at any window width.
import type { EditorView } from 'prosemirror-view'
import { blockSpans, offsetToPos, posToOffset } from '../article-doc/text-positions'

/** The scrolling pane the article sits in. */
const scrollerOf = (view: EditorView) => view.dom.closest<HTMLElement>('.reader')

export function readingPlace(view: EditorView): number {
  const scroller = scrollerOf(view)
  if (!scroller) return 0
  const pane = scroller.getBoundingClientRect()
  const text = view.dom.getBoundingClientRect()
  if (text.top >= pane.top) return 0
  // A few probes down from the top: the first may fall between two paragraphs.
  for (const below of [4, 16, 32, 64]) {
    const found = view.posAtCoords({ left: text.left + text.width / 2, top: pane.top + below })
    if (found) return posToOffset(blockSpans(view.state.doc), found.pos)
  }
  return 0
}

export function scrollToPlace(view: EditorView, offset: number): void {
  const scroller = scrollerOf(view)
  if (!scroller || offset <= 0) return
  const pos = Math.min(offsetToPos(blockSpans(view.state.doc), offset), view.state.doc.content.size)
  const line = view.coordsAtPos(pos)
  scroller.scrollTop += line.top - scroller.getBoundingClientRect().top - 4
}
