// Where a pane was read to, as an offset into the article's text (the first line at the pane's
// top), and scrolling back there: kept across launches, and right at any window width. And
// keeping a jumped-to match in view while the paragraphs around it are laid out.
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
  // A few probes down from the top: the first may fall between two paragraphs. At the line's start
  // (Thai reads left to right), so that the same words start the top line at any width: a probe in
  // the middle of the line would move the place on by half a line at each new width or font size.
  for (const below of [4, 16, 32, 64]) {
    const found = view.posAtCoords({ left: text.left + 2, top: pane.top + below })
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

/**
 * Keeps `element` centred while the paragraphs a jump brought into view take their real heights:
 * content-visibility skipped them at a guessed 7.5em, and a frame or two after the jump they push
 * it down, off screen when the jump ended at the bottom of the pane (scroll anchoring makes up for
 * that only when its anchor sits below them). Stops once the element stays put a few frames, or
 * as soon as the user scrolls or clicks in the pane themselves.
 */
export function keepCentred(element: Element, frames = 40): void {
  const scroller = element.closest<HTMLElement>('.reader')
  if (!scroller) return
  let userMoved = false
  const inputs = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const
  const onInput = () => void (userMoved = true)
  for (const type of inputs) scroller.addEventListener(type, onInput, { passive: true })
  const done = () => inputs.forEach((type) => scroller.removeEventListener(type, onInput))
  let top = element.getBoundingClientRect().top
  let still = 0
  const check = (left: number) =>
    requestAnimationFrame(() => {
      if (userMoved || !element.isConnected) return done()
      const moved = Math.abs(element.getBoundingClientRect().top - top) >= 1
      if (moved) element.scrollIntoView({ block: 'center' })
      still = moved ? 0 : still + 1
      top = element.getBoundingClientRect().top
      if (still < 4 && left > 1) check(left - 1)
      else done()
    })
  check(frames)
}
