import { memo, useMemo, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import { NoteHits } from '../search/NoteHits'
import { articlesById, noteResults, rankedArticles, snippetsById } from '../search/search-hits'
import { SearchSummary } from '../search/SearchSummary'
import type { SearchView } from '../search/use-search'
import { ArticleList } from './ArticleList'
import { filterAndSort, isFiltered, matches, noFilter, type LibraryFilter, type SortKey } from './filter-articles'
import { FolderList } from './FolderList'
import { OrphanList } from '../orphans/OrphanList'
import { ImportControls } from './ImportControls'
import { LibraryFilters } from './LibraryFilters'
import { useFacets } from './use-facets'
import type { LibraryView } from './use-library'
import { SafeText } from '../bidi/SafeText'
import { useShareLibraryShown } from '../export/library-shown'

const NO_HITS = { articles: [], laterIds: [] }

interface Props {
  library: LibraryView
  search: SearchView
  tags: Tag[]
  openId: string | null
  onOpen: (id: string) => void
  /** Opens an article in the other reader pane (Shift+Enter, Ctrl+click). */
  onOpenBeside: (id: string) => void
  onOpenAnnotation: (articleId: string, annotationId: string) => void
  listRef: RefObject<HTMLDivElement | null>
}

/** Memoised: a highlight or a selection in the reader does not re-render (and re-filter) the library. */
export const LibraryPane = memo(function LibraryPane({
  library,
  search,
  tags,
  openId,
  onOpen,
  onOpenBeside,
  onOpenAnnotation,
  listRef
}: Props) {
  const { t } = useTranslation('library')
  const [filter, setFilter] = useState<LibraryFilter>(noFilter)
  const [sort, setSort] = useState<SortKey>('date-desc')
  const [dismissed, setDismissed] = useState<string[]>([])
  const { facets } = useFacets()
  const articles = library.articles
  const searching = search.active !== ''
  const hits = search.results
  const byId = useMemo(() => articlesById(articles ?? []), [articles])
  // While a query is active the filters choose among its matches, which keep their rank order.
  const pool = useMemo(
    () => (!articles ? [] : searching ? rankedArticles(hits ?? NO_HITS, byId) : articles),
    [articles, byId, searching, hits]
  )
  const shown = useMemo(
    () =>
      searching
        ? pool.filter((article) => matches(article, filter, facets))
        : filterAndSort(pool, filter, sort, facets),
    [pool, searching, filter, sort, facets]
  )
  useShareLibraryShown(shown) // the Export dialog's "Articles in the library list"
  const snippets = useMemo(() => (searching ? snippetsById(hits?.articles ?? []) : undefined), [searching, hits])
  const notes = useMemo(
    () =>
      searching && articles
        ? noteResults(hits?.annotations ?? [], byId, (article) => matches(article, filter, facets))
        : [],
    [searching, articles, byId, hits, filter, facets]
  )

  return (
    <nav className="library" aria-label={t('paneLabel')}>
      <ImportControls status={library.status}>
        <h2 className="pane-title">
          {t('title')}
          {articles && <span className="count">{articles.length.toLocaleString()}</span>}
        </h2>
      </ImportControls>
      {library.status?.notices
        .filter((notice) => !dismissed.includes(notice))
        .map((notice) => (
          <p key={notice} className="notice dismissible" role="alert">
            <SafeText text={notice} />
            <button
              type="button"
              className="dismiss"
              aria-label={t('dismissNotice')}
              onClick={() => setDismissed((list) => [...list, notice])}
            >
              ×
            </button>
          </p>
        ))}
      {articles === null && !library.error && <p className="empty">{t('reading')}</p>}
      {library.error && (
        <p className="error" role="alert">
          <SafeText text={library.error} />
        </p>
      )}
      {articles && articles.length > 0 && (
        <LibraryFilters
          articles={pool}
          facets={facets}
          tags={tags}
          filter={filter}
          sort={sort}
          searching={searching}
          shown={shown.length}
          onFilter={setFilter}
          onSort={setSort}
        />
      )}
      {articles && articles.length === 0 && <p className="empty">{t('noArticles')}</p>}
      {searching && (
        <SearchSummary
          query={search.active}
          shown={shown.length}
          matched={pool.length}
          notes={notes.length}
          pending={search.pending}
          error={search.error}
          // The long poll's status is the freshest; an answer's own status until the first poll.
          index={library.status?.search ?? hits?.status ?? null}
          filtered={isFiltered(filter)}
          onClearFilters={() => setFilter(noFilter)}
        />
      )}
      {searching && <NoteHits results={notes} onOpen={onOpenAnnotation} onOpenArticle={onOpen} />}
      {!searching && articles && articles.length > 0 && shown.length === 0 && (
        <p className="empty">{t('noFilterMatch')}</p>
      )}
      <ArticleList
        articles={shown}
        openId={openId}
        onOpen={onOpen}
        onOpenBeside={onOpenBeside}
        snippets={snippets}
        listRef={listRef}
      />
      <FolderList folders={library.folders} />
      <OrphanList />
    </nav>
  )
})
