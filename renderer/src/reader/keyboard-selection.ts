// Selecting without a mouse: the reader is not editable, so it has no caret to extend. With the
// text focused, Shift+→/← grow or shrink the selection word by word (Thai words, from the
// paragraph's segmentation) and Shift+↓/↑ paragraph by paragraph, starting at the first paragraph
// in view. The toolbar then opens as for a mouse selection.
import type { EditorView } from 'prosemirror-view'
import { boundaries } from './snap-selection'
import { blockSpans, locate, offsetToPos, posToOffset } from '../article-doc/text-positions'

export interface KeyboardRange {
  anchor: number
  focus: number
}

const KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])

export const isSelectionKey = (event: KeyboardEvent): boolean =>
  event.shiftKey && !event.ctrlKey && !event.metaKey && KEYS.has(event.key)

/** The next range, in article-text offsets, and the DOM selection set to show it. */
export function extendByKey(view: EditorView, previous: KeyboardRange | null, key: string): KeyboardRange {
  const spans = blockSpans(view.state.doc)
  const texts: string[] = []
  view.state.doc.forEach((node) => texts.push(node.textContent))
  const wordEnds = (index: number) => {
    const base = spans[index]?.offset ?? 0
    return boundaries(texts[index] ?? '')
      .words.filter((_, i) => i % 2 === 1)
      .map((end) => base + end)
  }
  const range = previous ?? start(view, spans, wordEnds)
  const { index } = locate(spans, range.focus)
  let focus = range.focus
  if (key === 'ArrowRight')
    focus =
      wordEnds(index).find((end) => end > range.focus) ?? nextBlockFirstWord(index, spans, wordEnds) ?? range.focus
  if (key === 'ArrowLeft')
    focus = [...wordEnds(index)].reverse().find((end) => end < range.focus && end > range.anchor) ?? range.focus
  if (key === 'ArrowDown')
    focus =
      (spans[index]?.offset ?? 0) + (texts[index]?.length ?? 0) > range.focus
        ? (spans[index]?.offset ?? 0) + (texts[index]?.length ?? 0)
        : (nextBlockEnd(index, spans, texts) ?? range.focus)
  if (key === 'ArrowUp')
    focus =
      index > locate(spans, range.anchor).index
        ? (spans[index - 1]?.offset ?? 0) + (texts[index - 1]?.length ?? 0)
        : range.focus
  // The first press starts at the first word in view; Shift+↓ takes that word's whole paragraph.
  const next = previous || key === 'ArrowDown' ? { anchor: range.anchor, focus } : range
  const head = view.domAtPos(offsetToPos(spans, next.anchor))
  const tail = view.domAtPos(offsetToPos(spans, next.focus))
  window.getSelection()?.setBaseAndExtent(head.node, head.offset, tail.node, tail.offset)
  return next
}

/** The first word of the first paragraph at least partly in view. */
function start(
  view: EditorView,
  spans: ReturnType<typeof blockSpans>,
  wordEnds: (index: number) => number[]
): KeyboardRange {
  const top = Math.max(0, view.dom.getBoundingClientRect().top)
  const coords = view.posAtCoords({ left: view.dom.getBoundingClientRect().left + 4, top: top + 4 })
  const offset = coords ? posToOffset(spans, coords.pos) : 0
  const { index } = locate(spans, offset)
  const first = spans[index]?.offset ?? 0
  return { anchor: first, focus: wordEnds(index)[0] ?? first }
}

function nextBlockFirstWord(
  index: number,
  spans: ReturnType<typeof blockSpans>,
  wordEnds: (index: number) => number[]
): number | undefined {
  return index + 1 < spans.length ? wordEnds(index + 1)[0] : undefined
}

function nextBlockEnd(index: number, spans: ReturnType<typeof blockSpans>, texts: string[]): number | undefined {
  return index + 1 < spans.length ? (spans[index + 1]?.offset ?? 0) + (texts[index + 1]?.length ?? 0) : undefined
}
