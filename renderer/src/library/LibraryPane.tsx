import { useMemo, useState } from 'react'
import { ArticleList } from './ArticleList'
import { filterAndSort, noFilter, type LibraryFilter, type SortKey } from './filter-articles'
import { FolderList } from './FolderList'
import { ImportControls } from './ImportControls'
import { LibraryFilters } from './LibraryFilters'
import type { LibraryView } from './use-library'

interface Props {
  library: LibraryView
  openId: string | null
  onOpen: (id: string) => void
}

export function LibraryPane({ library, openId, onOpen }: Props) {
  const [filter, setFilter] = useState<LibraryFilter>(noFilter)
  const [sort, setSort] = useState<SortKey>('date-desc')
  const [dismissed, setDismissed] = useState<string[]>([])
  const articles = library.articles
  const shown = useMemo(() => (articles ? filterAndSort(articles, filter, sort) : []), [articles, filter, sort])

  return (
    <nav className="library" aria-label="Library">
      <ImportControls status={library.status}>
        <h2 className="pane-title">
          Library{articles && <span className="count">{articles.length.toLocaleString()}</span>}
        </h2>
      </ImportControls>
      {library.status?.notices
        .filter((notice) => !dismissed.includes(notice))
        .map((notice) => (
          <p key={notice} className="notice dismissible" role="alert">
            {notice}
            <button type="button" className="dismiss" aria-label="Dismiss this notice" onClick={() => setDismissed((list) => [...list, notice])}>
              ×
            </button>
          </p>
        ))}
      {articles === null && !library.error && <p className="empty">Reading the library…</p>}
      {library.error && (
        <p className="error" role="alert">
          {library.error}
        </p>
      )}
      {articles && articles.length > 0 && (
        <LibraryFilters articles={articles} filter={filter} sort={sort} shown={shown.length} onFilter={setFilter} onSort={setSort} />
      )}
      {articles && articles.length === 0 && (
        <p className="empty">No articles yet. Add a folder of .txt, .md or .html articles to start reading.</p>
      )}
      {articles && articles.length > 0 && shown.length === 0 && <p className="empty">No article matches these filters.</p>}
      <ArticleList articles={shown} openId={openId} onOpen={onOpen} />
      <FolderList folders={library.folders} />
    </nav>
  )
}
