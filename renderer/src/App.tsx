import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import type { AnnotationView, HighlightColor } from '../../common/model/annotation-types'
import type { Article } from '../../common/model/article-types'
import { api } from './api/client'
import { afterNextPaint } from './reader/after-next-paint'
import type { Loadable } from './api/loadable'
import { AnnotationsSidebar } from './annotations/AnnotationsSidebar'
import { ThemeReviewOpener } from './insights/review/review-opener'
import { ArticleOpener } from './duplicates/article-opener'
import { ThemeReview } from './insights/review/ThemeReview'
import { ThemeEditorOpener } from './insights/editor/editor-opener'
import { ThemeEditor } from './insights/editor/ThemeEditor'
import { useAnnotations } from './annotations/use-annotations'
import { LibraryPane } from './library/LibraryPane'
import { useLibrary } from './library/use-library'
import { useSearch } from './search/use-search'
import type { ArticleViewHandle, TextSelectionInfo } from './reader/ArticleView'
import type { FindRequest } from './reader/find/use-find'
import { ReaderPane } from './reader/ReaderPane'
import type { EvidenceMeta } from './reader/evidence-plugin'
import { StatusBanner } from './StatusBanner'
import { TopBar } from './TopBar'

const typing = (target: EventTarget | null) =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement

export function App() {
  const library = useLibrary()
  const [openId, setOpenId] = useState<string | null>(null)
  const [article, setArticle] = useState<Loadable<Article> | null>(null)
  const latestRequest = useRef<string | null>(null)
  const articleId = article?.state === 'ready' ? article.value.summary.id : null
  // Fetched from the click on, alongside the article itself, not after it.
  const annotations = useAnnotations(openId)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [reattachingId, setReattachingId] = useState<string | null>(null)
  const [selection, setSelection] = useState<TextSelectionInfo | null>(null)
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow')
  const reader = useRef<ArticleViewHandle>(null)
  // Searched again when annotations change (notes match) or the index finishes (more articles do).
  const search = useSearch(`${library.status?.search?.version ?? 0}:${library.status?.search?.state ?? ''}`)
  const results = useRef<HTMLDivElement>(null)
  const [findRequest, setFindRequest] = useState<FindRequest | null>(null)
  const findNonce = useRef(0)
  const [reveal, setReveal] = useState<{ articleId: string; annotationId: string } | null>(null)
  // What the About tab marks in the text: one document's citations or one theme's cues.
  const [evidence, setEvidence] = useState<{ key: string | null; ranges: EvidenceMeta }>({ key: null, ranges: null })
  const showEvidence = useCallback((key: string | null, ranges: EvidenceMeta) => setEvidence({ key, ranges }), [])
  // The theme whose review list is shown in the library's place, opened from the About tab. A new
  // search closes it: its results show in the library.
  const [review, setReview] = useState<{ themeId: string; query: string } | null>(null)
  if (review && review.query !== search.active) setReview(null)
  const reviewTheme = review?.themeId ?? null
  // The theme editor, in the same place (one or the other): on one theme, or on all (themeId null).
  const [editor, setEditor] = useState<{ themeId: string | null; query: string } | null>(null)
  if (editor && editor.query !== search.active) setEditor(null)
  const openReview = useCallback(
    (themeId: string) => {
      setEditor(null)
      setReview({ themeId, query: search.active })
    },
    [search.active]
  )
  const closeReview = useCallback(() => setReview(null), [])
  const openEditor = useCallback(
    (themeId: string | null) => {
      setReview(null)
      setEditor({ themeId, query: search.active })
    },
    [search.active]
  )
  const closeEditor = useCallback(() => setEditor(null), [])

  /** Fetches an article into the reader; also reloads in place a file that changed under it. */
  const loadArticle = useCallback((id: string) => {
    latestRequest.current = id
    void api.getArticle({ id }).then((result) => {
      // A slower answer for an article the user already left must not replace the current one.
      if (latestRequest.current !== id) return
      setArticle(
        result.ok ? { state: 'ready', value: result.value } : { state: 'error', message: result.error.message }
      )
    })
  }, [])

  const openArticle = useCallback(
    (id: string) => {
      setOpenId(id)
      setArticle({ state: 'loading' })
      setSelection(null)
      setActiveId(null)
      setReattachingId(null)
      setEvidence({ key: null, ranges: null })
      loadArticle(id)
    },
    [loadArticle]
  )

  /** From the library: a search result opens at its hits (the reader's find bar marks them). */
  const openFromLibrary = useCallback(
    (id: string) => {
      openArticle(id)
      setReveal(null)
      setFindRequest(search.active ? { text: search.active, mode: 'search', nonce: ++findNonce.current } : null)
    },
    [openArticle, search.active]
  )

  /** A matching note or quote: its article opens (if it is not open) at that annotation. */
  const openAnnotation = useCallback(
    (id: string, annotationId: string) => {
      if (id !== openId) openArticle(id)
      setFindRequest(null)
      setReveal({ articleId: id, annotationId })
    },
    [openArticle, openId]
  )

  // The open article's file changed on disk (the watcher saw it): show the new text.
  const loaded = article?.state === 'ready' ? article.value.summary : null
  const current = library.articles?.find((summary) => summary.id === loaded?.id)
  useEffect(() => {
    if (loaded && current && current.contentHash !== loaded.contentHash) loadArticle(loaded.id)
  }, [loaded, current, loadArticle])

  // Undo and redo for every annotation and codebook action.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || typing(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) void annotations.run(api.undo({}))
      else if ((key === 'z' && event.shiftKey) || key === 'y') void annotations.run(api.redo({}))
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [annotations])

  const activate = useCallback((id: string) => {
    setActiveId(id)
    reader.current?.scrollToAnnotation(id)
  }, [])

  // Revealed once both the article and its annotations are in, after the frame that paints them,
  // then just as a card click in the sidebar does.
  const revealReady =
    reveal !== null &&
    articleId === reveal.articleId &&
    annotations.annotations.some((annotation) => annotation.id === reveal.annotationId)
  useEffect(() => {
    if (!revealReady || !reveal) return
    const frame = requestAnimationFrame(() => {
      activate(reveal.annotationId)
      setReveal(null)
    })
    return () => cancelAnimationFrame(frame)
  }, [revealReady, reveal, activate])

  // The selection each new highlight was made from: a second key press before the toolbar closes
  // (it closes in a transition) must not make a second highlight of it.
  const usedSelection = useRef<TextSelectionInfo | null>(null)
  const create = useCallback(
    async (input: { color: HighlightColor; tags: string[]; newTags: string[]; note: string }) => {
      if (!articleId || !selection || usedSelection.current === selection) return
      usedSelection.current = selection
      const target = { articleId, start: selection.start, end: selection.end }
      const now = new Date().toISOString()
      const localId = `pending-${now}`
      const local: AnnotationView = {
        id: localId,
        articleId,
        target: {
          quote: { type: 'TextQuoteSelector', exact: selection.quote, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: target.start, end: target.end },
          textHash: ''
        },
        color: input.color,
        tags: input.tags,
        note: input.note,
        created: now,
        modified: now,
        anchor: { status: 'exact', start: target.start, end: target.end }
      }
      // Painted in this frame by the reader alone: re-rendering the app around it (the sidebar's
      // card, the toolbar closing) cost as much again as the frame, so it follows as a transition.
      // The selection goes first: left in the text, the view would redraw it too.
      reader.current?.clearSelection()
      reader.current?.showPending(local)
      startTransition(() => {
        setLastColor(input.color)
        annotations.showLocally(local)
        setSelection(null)
      })
      await afterNextPaint()
      const created = await annotations.run(api.createAnnotation({ ...target, ...input }))
      annotations.settle(localId, created) // the list itself follows main's change event
      if (created) setActiveId(created.id)
    },
    [articleId, selection, annotations]
  )

  const reattach = useCallback(async () => {
    if (!reattachingId || !selection) return
    await annotations.run(api.reattachAnnotation({ id: reattachingId, start: selection.start, end: selection.end }))
    setActiveId(reattachingId)
    setReattachingId(null)
    setSelection(null)
    reader.current?.clearSelection()
  }, [reattachingId, selection, annotations])

  return (
    <div className="app">
      <TopBar search={search} onToResults={() => results.current?.focus()} />
      <StatusBanner status={library.status} />
      <div className="library-slot" hidden={reviewTheme !== null || editor !== null}>
        <LibraryPane
          library={library}
          search={search}
          tags={annotations.tags}
          openId={openId}
          onOpen={openFromLibrary}
          onOpenAnnotation={openAnnotation}
          listRef={results}
        />
      </div>
      {editor !== null && <ThemeEditor themeId={editor.themeId} onClose={closeEditor} />}
      {reviewTheme !== null && (
        <ThemeReview
          key={reviewTheme}
          themeId={reviewTheme}
          openId={openId}
          onOpen={openArticle}
          onClose={closeReview}
        />
      )}
      <ReaderPane
        ref={reader}
        findRequest={findRequest}
        article={article}
        annotations={annotations}
        activeId={activeId}
        selection={selection}
        lastColor={lastColor}
        reattachingId={reattachingId}
        onSelection={setSelection}
        onActivate={activate}
        onCreate={(input) => void create(input)}
        onReattach={() => void reattach()}
        evidence={evidence.ranges}
      />
      <ArticleOpener value={openArticle}>
        <ThemeReviewOpener value={openReview}>
          <ThemeEditorOpener value={openEditor}>
            <AnnotationsSidebar
              article={loaded && { id: loaded.id, contentHash: loaded.contentHash }}
              view={annotations}
              activeId={activeId}
              reattachingId={reattachingId}
              onActivate={activate}
              onReattach={setReattachingId}
              evidenceShown={evidence.key}
              onShowEvidence={showEvidence}
            />
          </ThemeEditorOpener>
        </ThemeReviewOpener>
      </ArticleOpener>
    </div>
  )
}
