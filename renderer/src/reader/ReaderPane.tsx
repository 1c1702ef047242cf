import { forwardRef, useCallback, useEffect, useRef, useState } from 'react'
import type { HighlightColor } from '../../../common/model/annotation-types'
import type { Article } from '../../../common/model/article-types'
import type { Loadable } from '../api/loadable'
import type { AnnotationsView } from '../annotations/use-annotations'
import { api } from '../api/client'
import { DOUBTFUL, hostOf } from '../library/header-format'
import { ArticleView, type ArticleViewHandle, type TextSelectionInfo } from './ArticleView'
import { FindBar } from './find/FindBar'
import { useFind, type FindRequest } from './find/use-find'
import { OriginalText } from './OriginalText'
import { SelectionToolbar } from './SelectionToolbar'
import { plainLabel } from '../bidi/bidi-controls'
import { SafeText } from '../bidi/SafeText'
import type { EvidenceMeta } from './evidence-plugin'

interface Props {
  article: Loadable<Article> | null
  annotations: AnnotationsView
  activeId: string | null
  selection: TextSelectionInfo | null
  lastColor: HighlightColor
  reattachingId: string | null
  onSelection: (selection: TextSelectionInfo | null) => void
  onActivate: (id: string) => void
  onCreate: (input: { color: HighlightColor; tags: string[]; newTags: string[]; note: string }) => void
  onReattach: () => void
  /**
   * Open the find bar on `text` (mode 'search': each word of a search-box query marked wherever it
   * occurs; 'find': the words as a phrase) and scroll to the first hit once the text is shown.
   * Acted on once per nonce, even if the article is still loading when it arrives.
   */
  findRequest?: FindRequest | null
  /** What the About panel points at in the text (a theme's cues, a document's citations). */
  evidence?: EvidenceMeta
}

export const ReaderPane = forwardRef<ArticleViewHandle, Props>(function ReaderPane(props, reader) {
  const { article } = props
  // Kept here, above the article (remounted per article), so a find request is never replayed.
  const [claimedFind, setClaimedFind] = useState<number | null>(null)
  return (
    <main className="reader" aria-label="Reader">
      {article === null && <p className="empty centre">Choose an article in the library to start reading.</p>}
      {article?.state === 'loading' && <p className="empty centre">Opening the article…</p>}
      {article?.state === 'error' && (
        <p className="error centre" role="alert">
          <SafeText text={article.message} />
        </p>
      )}
      {article?.state === 'ready' && (
        <ArticleBody
          key={article.value.summary.id}
          {...props}
          article={article.value}
          reader={reader}
          claimedFind={claimedFind}
          onClaimFind={setClaimedFind}
        />
      )}
    </main>
  )
})

type BodyProps = Omit<Props, 'article'> & {
  article: Article
  reader: React.ForwardedRef<ArticleViewHandle>
  claimedFind: number | null
  onClaimFind: (nonce: number) => void
}

function ArticleBody(props: BodyProps) {
  const { article, annotations, selection, reader } = props
  const { summary } = article
  const [openError, setOpenError] = useState<string | null>(null)
  const [showOriginal, setShowOriginal] = useState(false)
  const page = useRef<HTMLElement>(null)
  // Find marks the cleaned text: asked for over the original, the reader goes back to it.
  const showCleaned = useCallback(() => setShowOriginal(false), [])
  const find = useFind(article.blocks, {
    request: props.findRequest,
    claimed: props.claimedFind,
    onClaim: props.onClaimFind,
    page,
    onShow: showCleaned
  })

  useEffect(() => {
    // Alt+O toggles the original, as a researcher checks what the cleaning removed.
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.key.toLowerCase() === 'o') {
        event.preventDefault()
        setShowOriginal((shown) => !shown)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const openSource = async () => {
    const result = await api.openSource({ id: summary.id })
    setOpenError(result.ok ? null : result.error.message)
  }
  const dateText = summary.date ?? (summary.year ? `${summary.year} (year only)` : null)
  return (
    <>
      {find.open && !showOriginal && (
        <FindBar
          text={find.text}
          count={find.matches.length}
          current={find.current}
          fromSearch={find.mode === 'search'}
          input={find.input}
          onChange={find.change}
          onStep={find.step}
          onClose={find.close}
        />
      )}
      <article className="page" ref={page}>
        <header className="article-header">
          <h1 lang="th">
            <SafeText text={summary.title} />
          </h1>
          {summary.titleConfidence < DOUBTFUL && (
            <p className="field-note">
              Title guessed: <SafeText text={summary.titleHow} />.
            </p>
          )}
          <p className="byline">
            <span
              className={summary.outlet && summary.outletConfidence < DOUBTFUL ? 'outlet doubtful' : 'outlet'}
              title={summary.outlet ? undefined : 'No outlet named in the file'}
            >
              {summary.outlet ? <SafeText text={summary.outlet} /> : 'Unknown outlet'}
              {summary.outlet && summary.outletConfidence < DOUBTFUL ? '?' : ''}
            </span>
            <span>{dateText ?? 'no date'}</span>
            {summary.sourceUrl && (
              <button
                type="button"
                className="link"
                onClick={() => void openSource()}
                title={plainLabel(summary.sourceUrl)}
              >
                <SafeText text={hostOf(summary.sourceUrl) ?? ''} /> ↗
              </button>
            )}
            <button
              type="button"
              className="small toggle"
              aria-pressed={showOriginal}
              onClick={() => setShowOriginal((shown) => !shown)}
              title="Alt+O"
            >
              {showOriginal ? 'Show cleaned' : 'Show original'}
            </button>
          </p>
          {summary.warnings.map((warning) => (
            <p key={warning} className="notice">
              <SafeText text={warning} />
            </p>
          ))}
          {openError && (
            <p className="error" role="alert">
              <SafeText text={openError} />
            </p>
          )}
          {props.reattachingId && (
            <p className="notice">
              Select the passage to attach the orphaned annotation to, then press Enter or “Attach”.
            </p>
          )}
        </header>
        {showOriginal ? (
          <OriginalText id={summary.id} />
        ) : (
          <ArticleView
            ref={reader}
            blocks={article.blocks}
            annotations={annotations.annotations}
            tags={annotations.tags}
            activeId={props.activeId}
            onSelection={props.onSelection}
            onActivate={props.onActivate}
            find={find.marks}
            evidence={props.evidence}
          />
        )}
        {selection && !showOriginal && (
          <SelectionToolbar
            selection={selection}
            tags={annotations.tags}
            lastColor={props.lastColor}
            reattaching={props.reattachingId}
            onCreate={props.onCreate}
            onReattach={props.onReattach}
            onClose={() => props.onSelection(null)}
          />
        )}
      </article>
    </>
  )
}
