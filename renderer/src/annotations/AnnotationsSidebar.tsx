import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
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
import { LinksPanel } from '../links/LinksPanel'
import { LinksTab } from '../links/LinksTab'
import { RelatedPanel } from '../related/RelatedPanel'
import { ArticleMemo } from '../memos/ArticleMemo'

/** The sidebar's tabs. */
export type SidebarTab = 'annotations' | 'about' | 'codebook' | 'links' | 'related'

interface Props {
  /** The reader pane this sidebar belongs to (the memo's key M is bound there). */
  paneId?: string
  /** The tab shown, when the caller keeps it (the two panes' sidebars show the same one). */
  tab?: SidebarTab
  onTab?: (tab: SidebarTab) => void
  /** Another pane's sidebar is shown: this one stays mounted, keeping its tab and filters. */
  hidden?: boolean
  /** The reader's selection in the open article (UTF-16 offsets into its text): the Related tab follows it. */
  selection?: { start: number; end: number } | null
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
  const { t } = useTranslation('annotations', { keyPrefix: 'sidebar' })
  const hasArticle = article !== null
  const [ownTab, setOwnTab] = useState<SidebarTab>('annotations')
  const tab = props.tab ?? ownTab
  const setTab = props.onTab ?? setOwnTab
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

  // Keys name the panel as well as the article: siblings sharing a key leave stale copies behind.
  return (
    <aside className="annotations" aria-label={t('label')} hidden={props.hidden}>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'annotations'} onClick={() => setTab('annotations')}>
          {hasArticle && view.annotations.length > 0
            ? t('annotationsTabCount', { count: view.annotations.length })
            : t('annotationsTab')}
        </button>
        <LinksTab articleId={article?.id ?? null} selected={tab === 'links'} onSelect={() => setTab('links')} />
        <button type="button" role="tab" aria-selected={tab === 'about'} onClick={() => setTab('about')}>
          {t('about')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'related'} onClick={() => setTab('related')}>
          {t('related')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'codebook'} onClick={() => setTab('codebook')}>
          {t('codebookTab', { count: view.tags.length })}
        </button>
      </div>
      {view.error && (
        <p className="error" role="alert">
          <SafeText text={view.error} />
        </p>
      )}
      {tab === 'links' && !article && <p className="empty">{t('noArticleLinks')}</p>}
      {tab === 'links' && article && <LinksPanel key={`links:${article.id}`} articleId={article.id} />}
      {tab === 'related' && !article && <p className="empty">{t('noArticleRelated')}</p>}
      {tab === 'related' && article && (
        <RelatedPanel
          key={`related:${article.id}`}
          articleId={article.id}
          contentHash={article.contentHash}
          selection={props.selection ?? null}
          run={view.run}
        />
      )}
      {tab === 'codebook' && <CodebookPanel tags={view.tags} counts={usage} />}
      {tab === 'about' && !article && <p className="empty">{t('noArticleAbout')}</p>}
      {tab === 'about' && article && (
        <ArticleInsights
          key={`about:${article.id}`}
          articleId={article.id}
          contentHash={article.contentHash}
          shown={props.evidenceShown}
          onShow={props.onShowEvidence}
          run={view.run}
        />
      )}
      {article && (
        <ArticleMemo
          key={`memo:${article.id}`}
          articleId={article.id}
          paneId={props.paneId ?? 'sidebar'}
          shown={tab === 'annotations'}
          selecting={props.selection != null && props.selection.end > props.selection.start}
          onReveal={() => setTab('annotations')}
        />
      )}
      {tab === 'annotations' && !hasArticle && <p className="empty">{t('noArticle')}</p>}
      {tab === 'annotations' && hasArticle && view.annotations.length === 0 && <p className="empty">{t('none')}</p>}
      {tab === 'annotations' && hasArticle && view.annotations.length > 0 && (
        <>
          <div className="filters row">
            <select
              aria-label={t('filterByTag')}
              value={tagFilter}
              onChange={(event) => setTagFilter(event.target.value)}
            >
              <option value="">{t('allTags')}</option>
              {usedTags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {plainLabel(tag.name)}
                </option>
              ))}
            </select>
            <select
              aria-label={t('filterByColour')}
              value={colorFilter}
              onChange={(event) => setColorFilter(event.target.value as HighlightColor | '')}
            >
              <option value="">{t('allColours')}</option>
              <ColorOptions />
            </select>
          </div>
          <CardList annotations={anchored} activeId={activeId} render={card} />
          {orphans.length > 0 && (
            <section className="orphans" aria-label={t('orphansLabel')}>
              <h3 className="pane-title">{t('orphansTitle', { count: orphans.length })}</h3>
              <p className="field-note">{t('orphansNote')}</p>
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
