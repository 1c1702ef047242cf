// A long article goes into the reader in slices: the first screens at once, the rest appended at
// the end of the document in idle moments, so a 5 MB article paints its start at once and the
// window keeps answering while the rest is laid out. Short articles are one slice, as before.
import type { Transaction } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { ArticleBlock } from '../../../common/model/article-types'
import { blockNodes } from './article-schema'

/** Text painted at once: well over a screen at any width (a screen holds about 2,000 characters). */
export const FIRST_SLICE_CHARS = 30_000
/** Text per later slice: laying it out takes a few tens of milliseconds (a frame or two, busy machine or not). */
export const SLICE_CHARS = 30_000

/** Where each slice ends (a block index, exclusive); the last is `blocks.length`. */
export function sliceEnds(blocks: ArticleBlock[], first = FIRST_SLICE_CHARS, rest = SLICE_CHARS): number[] {
  const ends: number[] = []
  let chars = 0
  let budget = first
  blocks.forEach((block, index) => {
    chars += block.text.length
    if (chars >= budget && index + 1 < blocks.length) {
      ends.push(index + 1)
      chars = 0
      budget = rest
    }
  })
  ends.push(blocks.length)
  return ends
}

/** Runs `run` at the next idle moment (soon in any case); returns a function that cancels it. */
export const whenIdle: (run: () => void) => () => void =
  typeof requestIdleCallback === 'function'
    ? (run) => {
        const handle = requestIdleCallback(run, { timeout: 200 })
        return () => cancelIdleCallback(handle)
      }
    : (run) => {
        const handle = setTimeout(run, 0)
        return () => clearTimeout(handle)
      }

/**
 * Appends `blocks` from `ends[0]` on, one slice per idle moment. `mark` adds the view state the
 * new text needs (highlights, find marks) to each slice's transaction; `after` runs once the slice
 * is in, with true after the last. Returns a function that stops the rest (a new article came).
 */
export function appendInSlices(
  view: EditorView,
  blocks: ArticleBlock[],
  ends: number[],
  mark: (tr: Transaction) => Transaction,
  after: (complete: boolean) => void
): () => void {
  let slice = 1
  let cancel: () => void = () => undefined
  const step = () => {
    const from = ends[slice - 1] ?? blocks.length
    const to = ends[slice] ?? blocks.length
    const tr = view.state.tr.insert(view.state.doc.content.size, blockNodes(blocks.slice(from, to)))
    view.dispatch(mark(tr.setMeta('addToHistory', false)))
    slice += 1
    const complete = slice >= ends.length
    after(complete)
    if (!complete) cancel = whenIdle(step)
  }
  if (ends.length > 1) cancel = whenIdle(step)
  return () => cancel()
}
