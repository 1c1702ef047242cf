// The reader's own share of a new highlight, without the app around it: the highlight plugin's
// update and the view's redraw (one dispatch, as ArticleView makes it) in Chromium, for the list
// with one highlight more (the key press) and for the list refetched after main confirms it (new
// objects; the pending id replaced and the highlight made active). reader-paint.ts bundles this
// file with esbuild and runs it in a blank page.
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import type { AnnotationView } from '../../common/model/annotation-types'
import type { ArticleBlock } from '../../common/model/article-types'
import { articleText } from '../../common/text/article-text'
import { articleDoc } from '../../renderer/src/article-doc/article-schema'
import { bidiControlPlugin } from '../../renderer/src/reader/bidi-control-plugin'
import { findPlugin } from '../../renderer/src/reader/find/find-plugin'
import { highlightKey, highlightPlugin } from '../../renderer/src/reader/highlight-plugin'

const COLORS = ['yellow', 'green', 'blue'] as const

function annotation(id: string, start: number, end: number, color: AnnotationView['color']): AnnotationView {
  const quote = { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' }
  const position = { type: 'TextPositionSelector' as const, start, end }
  const body = { color, tags: [], note: '', created: '', modified: '' }
  const anchor = { status: 'exact' as const, start, end }
  return { id, articleId: 'bench', target: { quote, position, textHash: '' }, ...body, anchor }
}

/** Per update, in ms: `rounds` new highlights, each added and then confirmed. */
function measure(blocks: ArticleBlock[], highlights: number, rounds: number) {
  const mount = document.body.appendChild(document.createElement('div'))
  mount.style.width = '700px'
  // The plugins in ArticleView's order.
  const plugins = [bidiControlPlugin(), highlightPlugin(), findPlugin()]
  const state = EditorState.create({ doc: articleDoc(blocks), plugins })
  const view = new EditorView(mount, { state, editable: () => false })
  const length = articleText(blocks).length
  const step = Math.floor(length / highlights)
  let list = Array.from({ length: highlights }, (_, i) =>
    annotation(`a${i}`, i * step, i * step + Math.max(2, step - 3), COLORS[i % 3] ?? 'yellow')
  )
  const timed = (next: AnnotationView[], active: string | null) => {
    const start = performance.now()
    view.dispatch(view.state.tr.setMeta(highlightKey, { annotations: next, tagClasses: new Map(), active }))
    return performance.now() - start
  }
  timed(list, null)
  const addMs: number[] = []
  const confirmMs: number[] = []
  for (let round = 0; round < rounds; round++) {
    const at = Math.floor((((round * 7919) % 997) / 997) * (length - 12))
    list = [...list, annotation(`pending-${round}`, at, at + 10, 'pink')]
    addMs.push(timed(list, null))
    list = list.map((each) => (each.id === `pending-${round}` ? { ...each, id: `n${round}` } : { ...each }))
    confirmMs.push(timed(list, `n${round}`))
  }
  view.destroy()
  mount.remove()
  return { addMs, confirmMs }
}

;(window as unknown as { measureHighlightUpdate: typeof measure }).measureHighlightUpdate = measure
