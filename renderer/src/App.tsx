import { useCallback, useRef } from 'react'
import { api } from './api/client'
import { AnnotationsSidebar } from './annotations/AnnotationsSidebar'
import { ThemeReviewOpener } from './insights/review/review-opener'
import { ArticleOpener } from './duplicates/article-opener'
import { ThemeReview } from './insights/review/ThemeReview'
import { ThemeEditorOpener } from './insights/editor/editor-opener'
import { ThemeEditor } from './insights/editor/ThemeEditor'
import { useLibrarySlot } from './insights/use-library-slot'
import { GLOBAL_SCOPE } from './keys/keymap-registry'
import { APP_SHORTCUTS } from './keys/shortcuts'
import { useShortcut } from './keys/use-shortcut'
import { LibraryPane } from './library/LibraryPane'
import { useLibrary } from './library/use-library'
import { useSearch } from './search/use-search'
import { ReaderPane } from './reader/ReaderPane'
import { PassagesOpener } from './passages/passages-opener'
import { PassagesView } from './passages/PassagesView'
import { usePassagesSlot } from './passages/use-passages-slot'
import { useReaderSession } from './session/use-reader-session'
import { StatusBanner } from './StatusBanner'
import { TopBar } from './TopBar'

/** The one reader pane's session id (and keymap scope); a second pane will be a second session. */
const MAIN_PANE = 'pane-main'

export function App() {
  const library = useLibrary()
  // Searched again when annotations change (notes match) or the index finishes (more articles do).
  const search = useSearch(`${library.status?.search?.version ?? 0}:${library.status?.search?.state ?? ''}`)
  const session = useReaderSession(MAIN_PANE, library.articles)
  const { annotations, openWithFind, loaded } = session
  const slot = useLibrarySlot(search.active)
  const passages = usePassagesSlot(search.active, slot)
  const results = useRef<HTMLDivElement>(null)

  /** From the library: a search result opens at its hits (the reader's find bar marks them). */
  const openFromLibrary = useCallback((id: string) => openWithFind(id, search.active), [openWithFind, search.active])

  // Undo and redo for every annotation and codebook action: one history for the whole app.
  useShortcut(GLOBAL_SCOPE, APP_SHORTCUTS.undo, () => void annotations.run(api.undo({})))
  useShortcut(GLOBAL_SCOPE, APP_SHORTCUTS.redo, () => void annotations.run(api.redo({})))

  return (
    <div className="app">
      <TopBar search={search} onToResults={() => results.current?.focus()} />
      <StatusBanner status={library.status} />
      <div
        className="library-slot"
        hidden={slot.reviewTheme !== null || slot.editor !== null || passages.filter !== null}
      >
        <LibraryPane
          library={library}
          search={search}
          tags={annotations.tags}
          openId={session.openId}
          onOpen={openFromLibrary}
          onOpenAnnotation={session.openAnnotation}
          listRef={results}
        />
      </div>
      {slot.editor !== null && <ThemeEditor themeId={slot.editor.themeId} onClose={slot.closeEditor} />}
      {slot.reviewTheme !== null && (
        <ThemeReview
          key={slot.reviewTheme}
          themeId={slot.reviewTheme}
          openId={session.openId}
          onOpen={session.open}
          onClose={slot.closeReview}
        />
      )}
      {passages.filter !== null && (
        <PassagesView
          key={passages.opening}
          initialFilter={passages.filter}
          onOpen={session.openAnnotation}
          onClose={passages.close}
        />
      )}
      <ReaderPane session={session} />
      <ArticleOpener value={session.open}>
        <ThemeReviewOpener value={slot.openReview}>
          <ThemeEditorOpener value={slot.openEditor}>
            <PassagesOpener value={passages.open}>
              <AnnotationsSidebar
                article={loaded && { id: loaded.id, contentHash: loaded.contentHash }}
                view={annotations}
                activeId={session.activeId}
                reattachingId={session.reattachingId}
                onActivate={session.activate}
                onReattach={session.setReattachingId}
                evidenceShown={session.evidence.key}
                onShowEvidence={session.showEvidence}
              />
            </PassagesOpener>
          </ThemeEditorOpener>
        </ThemeReviewOpener>
      </ArticleOpener>
    </div>
  )
}
