import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../../common/model/article-types'
import { READER_SHORTCUTS } from '../keys/shortcuts'
import { usePaneFocus } from '../keys/use-pane-focus'
import { useShortcut } from '../keys/use-shortcut'
import { SafeText } from '../bidi/SafeText'
import { ReaderSessionContext } from '../session/session-context'
import type { ReaderSession } from '../session/use-reader-session'
import { ArticleHeader } from './ArticleHeader'
import { ArticleView } from './ArticleView'
import { FindBar } from './find/FindBar'
import { useFind } from './find/use-find'
import { OriginalText } from './OriginalText'
import { SelectionToolbar } from './SelectionToolbar'
import { useLinkBadges } from '../links/use-link-badges'
import { useRelayoutWatch } from '../reading-place/use-relayout-watch'

interface Props {
  session: ReaderSession
  /** Tells the two panes apart (for screen readers and tests): "Reader", "Second reader". */
  label: string
  /** What an empty pane says: how to bring an article into it. */
  emptyHint: string
  /** The pane is in use: the user went into it last (marked when there are two). */
  onEnter?: () => void
  /** The reader scrolled: the offset into the text now at the pane's top (a moment after it stops). */
  onReadTo?: (articleId: string, readTo: number) => void
}

/**
 * One reader pane: its session's article, with find, the selection toolbar and the original text.
 * The pane's id scopes its keys: they act here only while this pane is the one in use.
 */
export function ReaderPane({ session, label, emptyHint, onEnter, onReadTo }: Props) {
  const { article } = session
  const { t } = useTranslation('reader')
  // Kept here, above the article (remounted per article), so a find request is never replayed.
  const [claimedFind, setClaimedFind] = useState<number | null>(null)
  const focus = usePaneFocus(session.id)
  const enter = () => {
    focus.onFocus()
    onEnter?.()
  }
  const onScroll = useReadToReport(session, onReadTo)
  const pane = useRef<HTMLElement>(null)
  useRelayoutWatch(pane, session.places.relaidOut)
  useShortcut(session.id, READER_SHORTCUTS.back, session.goBack)
  useShortcut(session.id, READER_SHORTCUTS.forward, session.goForward)
  return (
    <ReaderSessionContext value={session}>
      <main
        ref={pane}
        className="reader"
        aria-label={label}
        data-pane={session.id}
        tabIndex={-1}
        onFocus={enter}
        onPointerDown={enter}
        onScroll={onScroll}
      >
        {article === null && (
          <p className="empty centre">
            {session.skipped && (
              <>
                <span role="status">{t('relaunchSkipped')}</span>
                <br />
              </>
            )}
            {emptyHint}
          </p>
        )}
        {article?.state === 'loading' && <p className="empty centre">{t('opening')}</p>}
        {article?.state === 'error' && (
          <p className="error centre" role="alert">
            <SafeText text={article.message} />
          </p>
        )}
        {article?.state === 'ready' && (
          <ArticleBody
            key={article.value.summary.id}
            session={session}
            article={article.value}
            claimedFind={claimedFind}
            onClaimFind={setClaimedFind}
          />
        )}
      </main>
    </ReaderSessionContext>
  )
}

interface BodyProps {
  session: ReaderSession
  article: Article
  claimedFind: number | null
  onClaimFind: (nonce: number) => void
}

function ArticleBody({ session, article, claimedFind, onClaimFind }: BodyProps) {
  // Taken apart here: the session carries the reader's ref, which must not be read while rendering.
  const { id, annotations, selection, reader, activeId, evidence, reattachingId, lastColor } = session
  const { setSelection, activate, create, reattach, findRequest } = session
  const [showOriginal, setShowOriginal] = useState(false)
  const page = useRef<HTMLElement>(null)
  const linkBadges = useLinkBadges(article.summary.id)
  // Find marks the cleaned text: asked for over the original, the reader goes back to it.
  const showCleaned = useCallback(() => setShowOriginal(false), [])
  const find = useFind(article.blocks, {
    scope: id,
    request: findRequest,
    claimed: claimedFind,
    onClaim: onClaimFind,
    page,
    onShow: showCleaned
  })
  const toggleOriginal = () => setShowOriginal((shown) => !shown)
  // Alt+O, as a researcher checks what the cleaning removed.
  useShortcut(id, READER_SHORTCUTS.original, toggleOriginal)

  return (
    <>
      {find.open && !showOriginal && (
        <FindBar
          text={find.text}
          count={find.matches.length}
          counting={find.counting}
          current={find.current}
          fromSearch={find.mode === 'search'}
          input={find.input}
          onChange={find.change}
          onStep={find.step}
          onClose={find.close}
        />
      )}
      <article className="page" ref={page}>
        <ArticleHeader
          summary={article.summary}
          showOriginal={showOriginal}
          onToggleOriginal={toggleOriginal}
          reattaching={reattachingId !== null}
        />
        {showOriginal ? (
          <OriginalText id={article.summary.id} />
        ) : (
          <ArticleView
            ref={reader}
            blocks={article.blocks}
            annotations={annotations.annotations}
            tags={annotations.tags}
            activeId={activeId}
            onSelection={setSelection}
            onActivate={activate}
            find={find.marks}
            evidence={evidence.ranges}
            links={linkBadges}
            place={session.place?.articleId === article.summary.id ? session.place.readTo : null}
          />
        )}
        {selection && !showOriginal && (
          <SelectionToolbar
            selection={selection}
            tags={annotations.tags}
            lastColor={lastColor}
            reattaching={reattachingId}
            onCreate={(input) => void create(input)}
            onReattach={() => void reattach()}
            onClose={() => setSelection(null)}
          />
        )}
      </article>
    </>
  )
}

/** Reports where the pane is read to, once scrolling has rested a moment (not on every frame). */
function useReadToReport(session: ReaderSession, onReadTo: Props['onReadTo']) {
  const timer = useRef<number | undefined>(undefined)
  const { reader, loaded, places } = session
  useEffect(() => () => window.clearTimeout(timer.current), [])
  // The pane closing leaves its article: noted now, while its text is still in the page.
  useLayoutEffect(() => () => places.leave(), [places])
  return () => {
    if (loaded) places.scrolled(loaded.id)
    window.clearTimeout(timer.current)
    if (!onReadTo || !loaded) return
    timer.current = window.setTimeout(() => onReadTo(loaded.id, reader.current?.readingPlace() ?? 0), 400)
  }
}
