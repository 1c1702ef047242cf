import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react'
import { EditorState, type Transaction } from 'prosemirror-state'
import { DecorationSet, EditorView } from 'prosemirror-view'
import { useTranslation } from 'react-i18next'
import type { AnnotationView, Tag } from '../../../common/model/annotation-types'
import type { ArticleBlock } from '../../../common/model/article-types'
import { BLOCK_SEPARATOR } from '../../../common/text/article-text'
import { articleDoc } from '../article-doc/article-schema'
import { appendInSlices, sliceEnds } from '../article-doc/progressive-doc'
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
import { keepCentred, readingPlace, scrollToPlace } from './reading-place'

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
  /** Brings the text at `offset` back to the pane's top once the text was laid out again (a new width or font). */
  keepPlace(offset: number): void
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
  const { t } = useTranslation('reader')
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
      attributes: textAttributes('') // labelled by the effect below, in the interface's language
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

  // After the view is made; again when the interface language changes.
  useEffect(() => view.current?.setProps({ attributes: textAttributes(t('articleText')) }), [t])

  // The document and its highlights go in together, so a new article is laid out once, not
  // first plain and then again decorated (most of the cost of opening a heavily annotated one).
  const applied = useRef<HighlightMeta>({})
  const tagClasses = useMemo(() => tagColorClasses(tags), [tags])
  // A long article arrives in slices (progressive-doc.ts): each slice carries the marks last asked
  // for, and what waits for text not yet in (a place, a match, a highlight) is shown once it is.
  const marks = useRef<{ find?: FindMeta; evidence?: EvidenceMeta; links?: LinkBadgeMeta }>({})
  const waiting = useRef(new Map<string, () => boolean>())
  const revealed = useRef('')
  const loading = useRef(false)
  const whenShown = (key: string, reveal: () => boolean) => {
    waiting.current.delete(key)
    if (!reveal() && loading.current) waiting.current.set(key, reveal)
  }
  useEffect(() => {
    const current = view.current
    if (!current) return
    const ends = sliceEnds(blocks)
    const state = EditorState.create({ doc: articleDoc(blocks.slice(0, ends[0])), plugins: readerPlugins() })
    applied.current = { annotations, tagClasses, active: activeId }
    current.updateState(state.apply(state.tr.setMeta(highlightKey, applied.current)))
    waiting.current.clear()
    revealed.current = ''
    loading.current = ends.length > 1
    if (!loading.current) return
    current.dom.setAttribute('aria-busy', 'true')
    const withMarks = (tr: Transaction) => {
      const { find, evidence, links } = marks.current
      tr.setMeta(highlightKey, applied.current)
      if (find !== undefined) tr.setMeta(findKey, find)
      if (evidence !== undefined) tr.setMeta(evidenceKey, evidence)
      return links ? tr.setMeta(linkBadgeKey, links) : tr
    }
    const stop = appendInSlices(current, blocks, ends, withMarks, (complete) => {
      for (const [key, reveal] of waiting.current) if (reveal()) waiting.current.delete(key)
      if (!complete) return
      loading.current = false
      waiting.current.clear()
      current.dom.removeAttribute('aria-busy')
    })
    return () => {
      stop()
      loading.current = false
      current.dom.removeAttribute('aria-busy')
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- annotations follow in the next effect
  }, [blocks])

  // After the document is in (the effect above), once: later reloads of the text keep the scroll.
  useEffect(() => {
    const current = view.current
    if (current && place)
      whenShown('place', () => {
        if (loading.current && textLength(current) < place) return false
        scrollToPlace(current, place)
        return true
      })
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
    const meta: FindMeta = find && { matches: find.matches, current: find.current }
    marks.current.find = meta
    if (!current || (!find && findKey.getState(current.state) === DecorationSet.empty)) return
    current.dispatch(current.state.tr.setMeta(findKey, meta))
    // Scrolled to when asked, or when the current match is another; not as a long article's
    // matches are still being counted (the list grows, the reader may have scrolled on).
    const at = find?.matches[find.current]
    const revealKey = find ? `${find.reveal} ${at?.block} ${at?.start}` : ''
    if (revealKey === revealed.current) return
    revealed.current = revealKey
    whenShown('find', () => scrollToCenter(current.dom.querySelector('.find-current')))
  }, [find, blocks])

  useImperativeHandle(handle, () => ({
    scrollToAnnotation(id) {
      const current = view.current
      const annotation = annotations.find((candidate) => candidate.id === id)
      if (!current || !annotation || annotation.anchor.status === 'orphan') return
      whenShown('annotation', () => scrollToCenter(current.dom.querySelector(`.ann-${CSS.escape(id)}`), 'smooth'))
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
    },
    keepPlace(offset) {
      // Not while the text is still coming in: the place effect above brings it there once it is in.
      if (view.current && !loading.current) scrollToPlace(view.current, offset)
    }
  }))

  useEffect(() => {
    const current = view.current
    marks.current.evidence = evidence
    if (!current || (!evidence && evidenceKey.getState(current.state) === DecorationSet.empty)) return
    current.dispatch(current.state.tr.setMeta(evidenceKey, evidence))
    whenShown('evidence', () => scrollToCenter(current.dom.querySelector('.evidence-mark')))
  }, [evidence, blocks])

  useEffect(() => {
    const current = view.current
    marks.current.links = links
    if (current && links) current.dispatch(current.state.tr.setMeta(linkBadgeKey, links))
  }, [links, blocks])

  return <div ref={mount} />
})

/**
 * Scrolls `element` to the middle of the pane; false when there is none (yet). A smooth scroll
 * only over a short way: across a long article it lands off target, as the paragraphs it passes
 * over (skipped by content-visibility until then) take their real heights on the way.
 */
function scrollToCenter(element: Element | null, behavior: ScrollBehavior = 'auto'): boolean {
  if (!element) return false
  const near = Math.abs(element.getBoundingClientRect().top) < 2 * window.innerHeight
  const smooth = near && behavior === 'smooth'
  element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' })
  // A jump lands among paragraphs not laid out yet: held in view as they take their heights.
  if (!smooth) keepCentred(element)
  return true
}

/** How much of the article text the document holds (a long one is still arriving). */
function textLength(view: EditorView): number {
  const last = blockSpans(view.state.doc).at(-1)
  return last ? last.offset + last.length : 0
}

const textAttributes = (label: string) => ({
  class: 'article-text',
  lang: 'th',
  'aria-label': label,
  role: 'document',
  tabindex: '0'
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
