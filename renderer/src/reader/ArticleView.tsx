import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react'
import { EditorState } from 'prosemirror-state'
import { DecorationSet, EditorView } from 'prosemirror-view'
import type { AnnotationView, Tag } from '../../../common/model/annotation-types'
import type { ArticleBlock } from '../../../common/model/article-types'
import { BLOCK_SEPARATOR } from '../../../common/text/article-text'
import { articleDoc } from '../article-doc/article-schema'
import { annotationsAt, highlightKey, highlightPlugin, type HighlightMeta } from './highlight-plugin'
import { snapInBlock } from './snap-selection'
import { tagColorClasses } from './tag-color-class'
import { extendByKey, isSelectionKey, type KeyboardRange } from './keyboard-selection'
import { blockSpans, locate, offsetToPos, posToOffset } from '../article-doc/text-positions'
import { findKey, findPlugin, type FindMeta } from './find/find-plugin'
import { bidiControlPlugin } from './bidi-control-plugin'
import { evidenceKey, evidencePlugin, type EvidenceMeta } from './evidence-plugin'
import type { FindMarks } from './find/use-find'
import { linkBadgeKey, linkBadgePlugin, type LinkBadgeMeta } from '../links/link-badge-plugin'
import { readingPlace, scrollToPlace } from './reading-place'

/** A selection in article-text offsets, snapped, with where to show the toolbar. */
export interface TextSelectionInfo {
  start: number
  end: number
  quote: string
  top: number
  left: number
}

export interface ArticleViewHandle {
  scrollToAnnotation(id: string): void
  clearSelection(): void
  /** Paints a new highlight at once, before the app's own render brings it in its list. */
  showPending(annotation: AnnotationView): void
  /** The offset into the text of the first line at the pane's top (reading-place.ts). */
  readingPlace(): number
}

interface Props {
  blocks: ArticleBlock[]
  annotations: AnnotationView[]
  tags: Tag[]
  activeId: string | null
  onSelection: (selection: TextSelectionInfo | null) => void
  onActivate: (id: string) => void
  /** Find-bar matches to mark (null: none); each new value scrolls to its current match. */
  find?: FindMarks | null
  /** Evidence to mark (a theme's cues, a document's citations); each new value scrolls to the first. */
  evidence?: EvidenceMeta
  /** Where to scroll the text to when it is first shown (an offset into it): a relaunch's place. */
  place?: number | null
  /** The article's links, drawn as badges after their passages. */
  links?: LinkBadgeMeta
}

/** The read-only article with highlights as decorations; selections snap to Thai words. */
export const ArticleView = forwardRef<ArticleViewHandle, Props>(function ArticleView(
  { blocks, annotations, tags, activeId, onSelection, onActivate, find = null, evidence = null, place = null, links },
  handle
) {
  const mount = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const callbacks = useRef({ onSelection, onActivate })
  callbacks.current = { onSelection, onActivate }

  useEffect(() => {
    if (!mount.current) return
    const created = new EditorView(mount.current, {
      state: EditorState.create({ doc: articleDoc([]), plugins: readerPlugins() }),
      editable: () => false,
      // Focusable, so Shift+arrows can select without a mouse (see keyboard-selection.ts).
      attributes: { class: 'article-text', lang: 'th', 'aria-label': 'Article text', role: 'document', tabindex: '0' }
    })
    view.current = created
    const finishSelection = (event: MouseEvent | KeyboardEvent) => {
      const selection = readSelection(created, event.altKey)
      if (selection) return callbacks.current.onSelection(selection)
      callbacks.current.onSelection(null)
      if (event.type === 'mouseup') {
        const pos = created.posAtCoords({ left: (event as MouseEvent).clientX, top: (event as MouseEvent).clientY })
        const [id] = pos ? annotationsAt(created.state, pos.pos) : []
        if (id) callbacks.current.onActivate(id)
      }
    }
    let keyboard: KeyboardRange | null = null
    const onMouseUp = (event: MouseEvent) => {
      keyboard = null
      setTimeout(() => finishSelection(event)) // after the browser settles the selection
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSelectionKey(event)) return
      event.preventDefault()
      const dom = window.getSelection()
      if (!dom || dom.isCollapsed || !created.dom.contains(dom.anchorNode)) keyboard = null // start afresh
      keyboard = extendByKey(created, keyboard, event.key)
      finishSelection(event)
    }
    created.dom.addEventListener('mouseup', onMouseUp)
    created.dom.addEventListener('keydown', onKeyDown)
    return () => {
      created.dom.removeEventListener('mouseup', onMouseUp)
      created.dom.removeEventListener('keydown', onKeyDown)
      created.destroy()
      view.current = null
    }
  }, [])

  // The document and its highlights go in together, so a new article is laid out once, not
  // first plain and then again decorated (most of the cost of opening a heavily annotated one).
  const applied = useRef<HighlightMeta>({})
  const tagClasses = useMemo(() => tagColorClasses(tags), [tags])
  useEffect(() => {
    const current = view.current
    if (!current) return
    const state = EditorState.create({ doc: articleDoc(blocks), plugins: readerPlugins() })
    applied.current = { annotations, tagClasses, active: activeId }
    current.updateState(state.apply(state.tr.setMeta(highlightKey, applied.current)))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- annotations follow in the next effect
  }, [blocks])

  // After the document is in (the effect above), once: later reloads of the text keep the scroll.
  useEffect(() => {
    if (view.current && place) scrollToPlace(view.current, place)
  }, [place])

  useEffect(() => {
    const current = view.current
    const same =
      applied.current.annotations === annotations &&
      applied.current.active === activeId &&
      applied.current.tagClasses === tagClasses
    if (!current || same) return
    applied.current = { annotations, tagClasses, active: activeId }
    current.dispatch(current.state.tr.setMeta(highlightKey, applied.current))
  }, [annotations, tagClasses, activeId, blocks])

  // After the document effect above, so a new text (the file changed) is marked again.
  useEffect(() => {
    const current = view.current
    if (!current || (!find && findKey.getState(current.state) === DecorationSet.empty)) return
    const meta: FindMeta = find && { matches: find.matches, current: find.current }
    current.dispatch(current.state.tr.setMeta(findKey, meta))
    const mark = current.dom.querySelector('.find-current')
    mark?.scrollIntoView({ block: 'center' })
  }, [find, blocks])

  useImperativeHandle(handle, () => ({
    scrollToAnnotation(id) {
      const current = view.current
      const annotation = annotations.find((candidate) => candidate.id === id)
      if (!current || !annotation || annotation.anchor.status === 'orphan') return
      const element = current.dom.querySelector(`.ann-${CSS.escape(id)}`)
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    },
    clearSelection() {
      window.getSelection()?.removeAllRanges()
    },
    showPending(annotation) {
      const current = view.current
      const shown = applied.current.annotations
      if (!current || !shown) return
      // The list that follows (with this highlight in it) then finds nothing left to change.
      applied.current = { ...applied.current, annotations: [...shown, annotation] }
      current.dispatch(current.state.tr.setMeta(highlightKey, applied.current))
    },
    readingPlace() {
      return view.current ? readingPlace(view.current) : 0
    }
  }))

  useEffect(() => {
    const current = view.current
    if (!current || (!evidence && evidenceKey.getState(current.state) === DecorationSet.empty)) return
    current.dispatch(current.state.tr.setMeta(evidenceKey, evidence))
    current.dom.querySelector('.evidence-mark')?.scrollIntoView({ block: 'center' })
  }, [evidence, blocks])

  useEffect(() => {
    const current = view.current
    if (current && links) current.dispatch(current.state.tr.setMeta(linkBadgeKey, links))
  }, [links, blocks])

  return <div ref={mount} />
})

/** The same plugins for the empty first state and for each article's. */
const readerPlugins = () => [bidiControlPlugin(), highlightPlugin(), findPlugin(), evidencePlugin(), linkBadgePlugin()]

function readSelection(view: EditorView, exact: boolean): TextSelectionInfo | null {
  const dom = window.getSelection()
  if (!dom || dom.isCollapsed || !dom.anchorNode || !dom.focusNode) return null
  if (!view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return null
  const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset)
  const focus = view.posAtDOM(dom.focusNode, dom.focusOffset)
  const spans = blockSpans(view.state.doc)
  let start = posToOffset(spans, Math.min(anchor, focus))
  let end = posToOffset(spans, Math.max(anchor, focus))
  // Snap each end inside its own paragraph: segmentation needs the whole paragraph as context.
  const texts: string[] = []
  view.state.doc.forEach((node) => texts.push(node.textContent))
  const first = locate(spans, start)
  const last = locate(spans, end)
  const firstText = texts[first.index] ?? ''
  const lastText = texts[last.index] ?? ''
  if (first.index === last.index) {
    const snapped = snapInBlock(firstText, first.inBlock, last.inBlock, exact)
    start = start - first.inBlock + snapped.start
    end = end - last.inBlock + snapped.end
  } else {
    start = start - first.inBlock + snapInBlock(firstText, first.inBlock, firstText.length, exact).start
    end = end - last.inBlock + snapInBlock(lastText, 0, last.inBlock, exact).end
  }
  if (end <= start) return null
  const from = offsetToPos(spans, start)
  const to = offsetToPos(spans, end)
  // Show the snapped range: the reader is not editable, so set the DOM selection directly.
  const head = view.domAtPos(from)
  const tail = view.domAtPos(to)
  dom.setBaseAndExtent(head.node, head.offset, tail.node, tail.offset)
  // Placed in the page, not the viewport, so the toolbar stays by its text when the reader scrolls
  // (skipped paragraphs being laid out can shift the scroll position on their own).
  const coords = view.coordsAtPos(to)
  const page = (view.dom.closest('.page') ?? view.dom).getBoundingClientRect()
  const quote = view.state.doc.textBetween(from, to, BLOCK_SEPARATOR)
  return { start, end, quote, top: coords.bottom - page.top, left: coords.left - page.left }
}
