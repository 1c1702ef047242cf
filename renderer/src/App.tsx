import { useCallback, useMemo, useRef } from 'react'
import { PaneSidebars } from './panes/PaneSidebars'
import { ThemeReviewOpener } from './insights/review/review-opener'
import { ArticleOpener } from './duplicates/article-opener'
import { ThemeReview } from './insights/review/ThemeReview'
import { ThemeEditorOpener } from './insights/editor/editor-opener'
import { ThemeEditor } from './insights/editor/ThemeEditor'
import { useLibrarySlot } from './insights/use-library-slot'
import { LibraryPane } from './library/LibraryPane'
import { useLibrary } from './library/use-library'
import { useSearch } from './search/use-search'
import { ReaderPanes } from './panes/ReaderPanes'
import { PaneOpenerContext } from './panes/pane-openers'
import { usePaneControl } from './panes/use-pane-control'
import { usePaneLayout } from './panes/use-pane-layout'
import { SidePaneEdge } from './panes/SidePaneEdge'
import { useSidePanes } from './panes/use-side-panes'
import { PassagesOpener } from './passages/passages-opener'
import { PassagesView } from './passages/PassagesView'
import { usePassagesSlot } from './passages/use-passages-slot'
import { useReaderSession, type ReaderSession } from './session/use-reader-session'
import { StatusBanner } from './StatusBanner'
import { TopBar } from './TopBar'
import { useOverview } from './overview/use-overview'
import { DocumentsView } from './documents/DocumentsView'
import { ThemesView } from './themes-view/ThemesView'
import { LinksProvider } from './links/LinksProvider'
import { ExportDialogHost } from './export/ExportDialogHost'
import { useExportDialog } from './export/use-export-dialog'
import { ShortcutSheet } from './shortcut-sheet/ShortcutSheet'
import { useShortcutSheet } from './shortcut-sheet/use-shortcut-sheet'
import { useUndoRedo } from './undo/use-undo-redo'
import { UndoNotice } from './undo/UndoNotice'
import { SettingsDialog } from './settings/SettingsDialog'
import { DateStyleContext } from './dates/use-dates'
import { useReadingSettings } from './settings/use-reading-settings'
import { useSettingsDialog } from './settings/use-settings-dialog'

/** The two reader panes' session ids (and keymap scopes). */
const PANE_IDS = ['pane-main', 'pane-beside'] as const

export function App() {
  const library = useLibrary()
  // Searched again when annotations change (notes match) or the index finishes (more articles do).
  const search = useSearch(`${library.status?.search?.version ?? 0}:${library.status?.search?.state ?? ''}`)
  const sessions: [ReaderSession, ReaderSession] = [
    useReaderSession(PANE_IDS[0], library.articles),
    useReaderSession(PANE_IDS[1], library.articles)
  ]
  const layout = usePaneLayout(sessions)
  const openers = usePaneControl(sessions, layout)
  const shell = useRef<HTMLDivElement>(null)
  // The library, the views in its place and undo answer to the pane in use.
  const session = sessions[layout.active] as ReaderSession
  // The library's and the sidebar's widths, or a strip when collapsed (Ctrl+B, Ctrl+Alt+B).
  const sides = useSidePanes(layout, session.id)
  const { annotations, openWithFind } = session
  const slot = useLibrarySlot(search.active)
  const passages = usePassagesSlot(search.active, slot)
  // A view opened in the library's column opens the column too.
  const { show } = sides
  const { openReview, openEditor } = slot
  const openPassages = passages.open
  const openInLibrary = useMemo(
    () => ({
      review: (...args: Parameters<typeof openReview>) => {
        show('library')
        openReview(...args)
      },
      editor: (...args: Parameters<typeof openEditor>) => {
        show('library')
        openEditor(...args)
      },
      passages: (...args: Parameters<typeof openPassages>) => {
        show('library')
        openPassages(...args)
      }
    }),
    [show, openReview, openEditor, openPassages]
  )
  const results = useRef<HTMLDivElement>(null)
  const overview = useOverview()
  const exporting = useExportDialog()
  const shortcutSheet = useShortcutSheet()
  // Applied from the start (theme, reader type); the dialog changes them.
  const readingSettings = useReadingSettings()
  const settingsDialog = useSettingsDialog()

  /** From the library: a search result opens at its hits (the reader's find bar marks them). */
  const openFromLibrary = useCallback((id: string) => openWithFind(id, search.active), [openWithFind, search.active])
  const { here, beside } = openers
  const openBeside = useCallback(
    (articleId: string) => beside({ articleId, find: search.active || undefined }),
    [beside, search.active]
  )
  const openArticleHere = useCallback((articleId: string) => here({ articleId }), [here])

  // Undo and redo for every annotation and codebook action: one history for the whole app.
  const undoNotice = useUndoRedo(annotations.run)

  const { language, yearStyle } = readingSettings.settings
  const dateStyle = useMemo(() => ({ language, yearStyle }), [language, yearStyle])

  return (
    <DateStyleContext value={dateStyle}>
      <PaneOpenerContext value={openers}>
        {/* App-wide, not per pane: a link's two passages are chosen in either pane, or one after the other in one. */}
        <LinksProvider>
          <div
            className="app"
            ref={shell}
            style={sides.gridStyle}
            data-library-collapsed={sides.library.collapsed || undefined}
            data-sidebar-collapsed={sides.sidebar.collapsed || undefined}
          >
            <TopBar
              search={search}
              overview={overview}
              onExport={exporting.open}
              onShortcuts={shortcutSheet.open}
              onSettings={settingsDialog.open}
              onToResults={() => results.current?.focus()}
            />
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
                onOpenBeside={openBeside}
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
            {overview.shown !== null && (
              <div className="overview">
                {overview.shown === 'documents' && <DocumentsView onClose={overview.close} />}
                {overview.shown === 'themes' && <ThemesView onClose={overview.close} />}
              </div>
            )}
            <ReaderPanes sessions={sessions} layout={layout} />
            <SidePaneEdge pane={sides.library} shell={() => shell.current} />
            <SidePaneEdge pane={sides.sidebar} shell={() => shell.current} />
            <ArticleOpener value={openArticleHere}>
              <ThemeReviewOpener value={openInLibrary.review}>
                <ThemeEditorOpener value={openInLibrary.editor}>
                  <PassagesOpener value={openInLibrary.passages}>
                    <PaneSidebars sessions={sessions} shown={layout.shown} active={layout.active} />
                  </PassagesOpener>
                </ThemeEditorOpener>
              </ThemeReviewOpener>
            </ArticleOpener>
            <ExportDialogHost control={exporting} sessions={sessions} layout={layout} />
            <ShortcutSheet control={shortcutSheet} />
            <SettingsDialog control={settingsDialog} settings={readingSettings} onShortcuts={shortcutSheet.open} />
            <UndoNotice text={undoNotice} />
          </div>
        </LinksProvider>
      </PaneOpenerContext>
    </DateStyleContext>
  )
}
