import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { HighlightColor } from '../../../common/model/highlight-colors'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'
import { CodebookPanel } from '../codebook/CodebookPanel'
import { AnnotationCard } from './AnnotationCard'
import { CardList } from './CardList'
import type { AnnotationsView } from './use-annotations'
import { plainLabel } from '../bidi/bidi-controls'
import { SafeText } from '../bidi/SafeText'
import { ArticleInsights } from '../insights/ArticleInsights'
import type { EvidenceMeta } from '../reader/evidence-plugin'
import { ColorOptions } from './ColorOptions'

interface Props {
  /** Another pane's sidebar is shown: this one stays mounted, keeping its tab and filters. */
  hidden?: boolean
  /** The open article (id and the hash of the text shown), or null. */
  article: { id: string; contentHash: string } | null
  view: AnnotationsView
  activeId: string | null
  reattachingId: string | null
  onActivate: (id: string) => void
  onReattach: (id: string | null) => void
  /** Which About item's evidence is marked in the text, and how to mark another. */
  evidenceShown: string | null
  onShowEvidence: (key: string | null, ranges: EvidenceMeta) => void
}

/** The open article's annotations in text order (orphans listed apart), and the codebook. */
export function AnnotationsSidebar(props: Props) {
  const { article, view, activeId, reattachingId, onActivate, onReattach } = props
  const hasArticle = article !== null
  const [tab, setTab] = useState<'annotations' | 'about' | 'codebook'>('annotations')
  const [tagFilter, setTagFilter] = useState('')
  const [colorFilter, setColorFilter] = useState<HighlightColor | ''>('')
  const connected = useAppStatus() !== null
  // Fetched when the codebook is first shown; then main's tag-usage events patch it.
  const counts = useQuery({
    queryKey: keys.tagUsage,
    queryFn: () => unwrap(api.countTagUsage({})),
    enabled: connected && tab === 'codebook'
  })
  const usage = useMemo(() => new Map(Object.entries(counts.data ?? {})), [counts.data])

  const shown = useMemo(
    () =>
      view.annotations.filter(
        (annotation) =>
          (!tagFilter || annotation.tags.includes(tagFilter)) && (!colorFilter || annotation.color === colorFilter)
      ),
    [view.annotations, tagFilter, colorFilter]
  )
  const anchored = shown.filter((annotation) => annotation.anchor.status !== 'orphan')
  const orphans = shown.filter((annotation) => annotation.anchor.status === 'orphan')
  const usedTags = view.tags.filter((tag) => view.annotations.some((annotation) => annotation.tags.includes(tag.id)))

  const card = (annotation: (typeof shown)[number]) => (
    <AnnotationCard
      key={annotation.id}
      annotation={annotation}
      tags={view.tags}
      active={annotation.id === activeId}
      reattaching={annotation.id === reattachingId}
      run={view.run}
      onActivate={onActivate}
      onReattach={onReattach}
    />
  )

  return (
    <aside className="annotations" aria-label="Annotations" hidden={props.hidden}>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'annotations'} onClick={() => setTab('annotations')}>
          Annotations{hasArticle && view.annotations.length > 0 ? ` (${view.annotations.length})` : ''}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'about'} onClick={() => setTab('about')}>
          About
        </button>
        <button type="button" role="tab" aria-selected={tab === 'codebook'} onClick={() => setTab('codebook')}>
          Codebook ({view.tags.length})
        </button>
      </div>
      {view.error && (
        <p className="error" role="alert">
          <SafeText text={view.error} />
        </p>
      )}
      {tab === 'codebook' && <CodebookPanel tags={view.tags} counts={usage} />}
      {tab === 'about' && !article && (
        <p className="empty">Open an article to see the documents it cites and the reform themes it carries.</p>
      )}
      {tab === 'about' && article && (
        <ArticleInsights
          key={article.id}
          articleId={article.id}
          contentHash={article.contentHash}
          shown={props.evidenceShown}
          onShow={props.onShowEvidence}
          run={view.run}
        />
      )}
      {tab === 'annotations' && !hasArticle && <p className="empty">Open an article to see its annotations here.</p>}
      {tab === 'annotations' && hasArticle && view.annotations.length === 0 && (
        <p className="empty">
          Select text in the article to highlight, tag or annotate it. Keys: 1–6 colours, H highlight, T tag, N note.
        </p>
      )}
      {tab === 'annotations' && hasArticle && view.annotations.length > 0 && (
        <>
          <div className="filters row">
            <select aria-label="Filter by tag" value={tagFilter} onChange={(event) => setTagFilter(event.target.value)}>
              <option value="">All tags</option>
              {usedTags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {plainLabel(tag.name)}
                </option>
              ))}
            </select>
            <select
              aria-label="Filter by colour"
              value={colorFilter}
              onChange={(event) => setColorFilter(event.target.value as HighlightColor | '')}
            >
              <option value="">All colours</option>
              <ColorOptions />
            </select>
          </div>
          <CardList annotations={anchored} activeId={activeId} render={card} />
          {orphans.length > 0 && (
            <section className="orphans" aria-label="Orphaned annotations">
              <h3 className="pane-title">Orphaned ({orphans.length})</h3>
              <p className="field-note">
                Their passage was not found after the article changed. They are kept; re-attach one by selecting its new
                passage.
              </p>
              <ol className="annotation-list">
                {orphans.map((annotation) => (
                  <li key={annotation.id}>{card(annotation)}</li>
                ))}
              </ol>
            </section>
          )}
        </>
      )}
    </aside>
  )
}
