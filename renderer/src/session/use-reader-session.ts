// One reader pane's reading state: the open article (and what was open before, for back and
// forward), the selection, the active annotation, what find and the About tab mark, and requests to
// reveal an annotation. App makes one session per pane; nothing here is module-level, so a second
// pane is a second call with another id.
import { useCallback, useRef, useState, type RefObject } from 'react'
import type { HighlightColor } from '../../../common/model/annotation-types'
import type { Article, ArticleSummary } from '../../../common/model/article-types'
import type { Loadable } from '../api/loadable'
import { useAnnotations, type AnnotationsView } from '../annotations/use-annotations'
import type { ArticleViewHandle, TextSelectionInfo } from '../reader/ArticleView'
import type { EvidenceMeta } from '../reader/evidence-plugin'
import type { FindRequest } from '../reader/find/use-find'
import { useAnnotationActions, type NewAnnotationInput } from './use-annotation-actions'
import { useArticleLoader } from './use-article-loader'
import { usePaneHistory } from './use-pane-history'
import { useRelaunch } from './use-relaunch'
import { useReveal } from './use-reveal'
import type { ReaderTarget } from '../panes/pane-openers'
import { useArticlePlaces, type ArticlePlaces } from '../reading-place/use-article-places'

/** What the About tab marks in the text: one document's citations or one theme's cues. */
export interface Evidence {
  key: string | null
  ranges: EvidenceMeta
}
const NO_EVIDENCE: Evidence = { key: null, ranges: null }
/** The evidence key of a passage another view opened the article at (no About item is it). */
export const TARGET_EVIDENCE = 'opened-at'
const TARGET_SHOWN_MS = 4000

export interface ReaderSession {
  /** The pane's id, also its keymap scope. */
  id: string
  openId: string | null
  article: Loadable<Article> | null
  /** The shown article's summary, once it is in. */
  loaded: ArticleSummary | null
  annotations: AnnotationsView
  reader: RefObject<ArticleViewHandle | null>
  selection: TextSelectionInfo | null
  setSelection: (selection: TextSelectionInfo | null) => void
  activeId: string | null
  activate: (annotationId: string) => void
  reattachingId: string | null
  setReattachingId: (annotationId: string | null) => void
  lastColor: HighlightColor
  create: (input: NewAnnotationInput) => Promise<void>
  reattach: () => Promise<void>
  findRequest: FindRequest | null
  evidence: Evidence
  showEvidence: (key: string | null, ranges: EvidenceMeta) => void
  canGoBack: boolean
  canGoForward: boolean
  /** Opens an article (again, if it is open: its text and annotations are fetched afresh). */
  open: (articleId: string) => void
  /** Opens an article with the find bar marking each word of `query` (a library search's); '' for none. */
  openWithFind: (articleId: string, query: string) => void
  /** Opens an article (unless it is open) at one of its annotations. */
  openAnnotation: (articleId: string, annotationId: string) => void
  /** Opens an article at an annotation, at a text range (marked and scrolled to), or at its top. */
  openTarget: (target: ReaderTarget) => void
  /** Opens an article with the text at `readTo` (an offset into its text) at the top: a relaunch. */
  openAtPlace: (articleId: string, readTo: number) => void
  /** Where to put the article's text when it is shown, once: where it was left (reading-place/). */
  place: { articleId: string; readTo: number } | null
  /** Where each article was left: the pane notes it as it scrolls and leaves, and returns there. */
  places: ArticlePlaces
  /** An article the last launch left open that is no longer in the library (it was skipped). */
  skipped: string | null
  goBack: () => void
  goForward: () => void
}

export function useReaderSession(id: string, summaries: ArticleSummary[] | null): ReaderSession {
  const loader = useArticleLoader(summaries)
  const { openId, show: showArticle } = loader
  // Fetched from the click on, alongside the article itself, not after it.
  const annotations = useAnnotations(openId)
  const reader = useRef<ArticleViewHandle>(null)
  const [selection, setSelection] = useState<TextSelectionInfo | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [reattachingId, setReattachingId] = useState<string | null>(null)
  const [evidence, setEvidence] = useState<Evidence>(NO_EVIDENCE)
  const [findRequest, setFindRequest] = useState<FindRequest | null>(null)
  const [place, setPlace] = useState<{ articleId: string; readTo: number } | null>(null)
  const findNonce = useRef(0)
  const places = useArticlePlaces(reader, setPlace)
  const { leave, returnTo } = places

  const activate = useCallback((annotationId: string) => {
    setActiveId(annotationId)
    reader.current?.scrollToAnnotation(annotationId)
  }, [])
  const setReveal = useReveal(loader.loaded?.id ?? null, annotations.annotations, activate)
  const actions = useAnnotationActions({
    articleId: loader.loaded?.id ?? null,
    annotations,
    reader,
    selection,
    setSelection,
    setActiveId,
    reattachingId,
    setReattachingId
  })
  const showEvidence = useCallback((key: string | null, ranges: EvidenceMeta) => setEvidence({ key, ranges }), [])

  /** Shows an article, leaving everything that belonged to the one shown before. */
  const show = useCallback(
    (articleId: string) => {
      leave() // first, while the text left is still shown
      showArticle(articleId)
      setSelection(null)
      setActiveId(null)
      setReattachingId(null)
      setEvidence(NO_EVIDENCE)
      setReveal(null)
      setPlace(null)
    },
    [showArticle, setReveal, leave]
  )
  const history = usePaneHistory((articleId) => {
    setFindRequest(null)
    show(articleId)
    returnTo(articleId)
  })
  const { record } = history
  /** Opens an article at its top, for a jump into it (a find, an annotation, a passage): the jump wins. */
  const openForJump = useCallback(
    (articleId: string) => {
      record(articleId)
      show(articleId)
    },
    [record, show]
  )
  const open = useCallback(
    (articleId: string) => {
      openForJump(articleId)
      returnTo(articleId)
    },
    [openForJump, returnTo]
  )
  const openWithFind = useCallback(
    (articleId: string, query: string) => {
      // Without a query (the library's list, no search) it is a plain opening, back to the place left.
      if (query) openForJump(articleId)
      else open(articleId)
      setFindRequest(query ? { text: query, mode: 'search', nonce: ++findNonce.current } : null)
    },
    [open, openForJump]
  )
  const openAnnotation = useCallback(
    (articleId: string, annotationId: string) => {
      if (articleId !== openId) openForJump(articleId)
      setFindRequest(null)
      setReveal({ articleId, annotationId })
    },
    [openForJump, openId, setReveal]
  )
  const openTarget = useCallback(
    ({ articleId, annotationId, range, find }: ReaderTarget) => {
      if (annotationId) return openAnnotation(articleId, annotationId)
      if (find) return openWithFind(articleId, find)
      if (!range) open(articleId)
      else if (articleId !== openId) openForJump(articleId)
      setFindRequest(null)
      // Marked as the About tab marks evidence: the reader scrolls to it, and the mark flashes;
      // then it goes, so that it is not taken later for a find hit or a theme's cue.
      if (!range) return
      const ranges = [range]
      setEvidence({ key: TARGET_EVIDENCE, ranges })
      window.setTimeout(() => setEvidence((shown) => (shown.ranges === ranges ? NO_EVIDENCE : shown)), TARGET_SHOWN_MS)
    },
    [open, openForJump, openAnnotation, openWithFind, openId]
  )
  const { openAtPlace, skipped } = useRelaunch({ loader, summaries, show, record, returnTo })
  return {
    id,
    openId,
    article: loader.article,
    loaded: loader.loaded,
    annotations,
    reader,
    selection,
    setSelection,
    activeId,
    activate,
    reattachingId,
    setReattachingId,
    ...actions,
    findRequest,
    evidence,
    showEvidence,
    canGoBack: history.canGoBack,
    canGoForward: history.canGoForward,
    open,
    openWithFind,
    openAnnotation,
    openTarget,
    openAtPlace,
    place,
    places,
    skipped,
    goBack: history.goBack,
    goForward: history.goForward
  }
}
