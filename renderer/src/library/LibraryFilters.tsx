import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../common/model/highlight-colors'
import type { Tag } from '../../../common/model/annotation-types'
import type { ArticleSummary } from '../../../common/model/article-types'
import { annotatedOptions, colorOptions, countFilters, outletOptions, tagOptions } from './facet-counts'
import { isFiltered, noFilter, type LibraryFacets, type LibraryFilter, type SortKey } from './filter-articles'
import { plainLabel } from '../bidi/bidi-controls'
import { setRowEditing } from '../corrections/row-editing'
import { DateField } from '../dates/DateField'
import '../corrections/corrections.css'

interface Props {
  /** The articles the filters choose from: the whole library, or the query's matches. */
  articles: ArticleSummary[]
  facets: LibraryFacets
  tags: Tag[]
  filter: LibraryFilter
  sort: SortKey
  /** Search results keep their rank order: the sort control says so instead. */
  searching: boolean
  shown: number
  onFilter: (filter: LibraryFilter) => void
  onSort: (sort: SortKey) => void
}

/** Compact filters, each option labelled with how many articles it would leave. */
export function LibraryFilters({ articles, facets, tags, filter, sort, searching, shown, onFilter, onSort }: Props) {
  const { t } = useTranslation('library')
  const colorLabels = Object.fromEntries(HIGHLIGHT_COLORS.map((color) => [color, t(`colors.${color}`)])) as Record<
    HighlightColor,
    string
  >
  const set = (change: Partial<LibraryFilter>) => onFilter({ ...filter, ...change })
  // Once per answer or filter change, not at every render of the pane.
  const counts = useMemo(() => countFilters(articles, filter, facets), [articles, filter, facets])
  const annotated = annotatedOptions(counts)
  const withMemo = counts.memo.get('yes') ?? 0
  const unsure = counts.needsLook.get('yes') ?? 0
  // Filtered to "Needs a look", the rows offer their outlet and date for correction in place.
  const lookingOver = filter.needsLook === 'yes'
  useEffect(() => {
    setRowEditing(lookingOver)
    return () => setRowEditing(false)
  }, [lookingOver])
  return (
    <div className="filters">
      <div className="row">
        <select
          value={searching ? 'rank' : sort}
          disabled={searching}
          onChange={(event) => onSort(event.target.value as SortKey)}
          aria-label={t('filters.sort')}
        >
          {searching && <option value="rank">{t('filters.bestMatch')}</option>}
          <option value="date-desc">{t('filters.newest')}</option>
          <option value="date-asc">{t('filters.oldest')}</option>
          <option value="title">{t('filters.byTitle')}</option>
          <option value="outlet">{t('filters.byOutlet')}</option>
          <option value="annotations">{t('filters.mostAnnotated')}</option>
        </select>
        <select
          value={filter.outlet ?? ''}
          onChange={(event) => set({ outlet: event.target.value || null })}
          aria-label={t('filters.outlet')}
        >
          <option value="">{t('filters.allOutlets')}</option>
          {outletOptions(counts, t('row.unknownOutlet')).map((outlet) => (
            <option key={outlet.value} value={outlet.value}>
              {plainLabel(outlet.label)} ({outlet.count})
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <DateField label={t('filters.from')} value={filter.from} onChange={(from) => set({ from })} />
        <span className="muted">–</span>
        <DateField label={t('filters.to')} value={filter.to} onChange={(to) => set({ to })} />
      </div>
      <div className="row">
        <select
          value={filter.tag ?? ''}
          onChange={(event) => set({ tag: event.target.value || null })}
          aria-label={t('filters.tag')}
        >
          <option value="">{t('filters.allTags')}</option>
          {tagOptions(counts, tags, filter.tag).map((tag) => (
            <option key={tag.value} value={tag.value}>
              {plainLabel(tag.label)} ({tag.count})
            </option>
          ))}
        </select>
        <select
          value={filter.color ?? ''}
          onChange={(event) => set({ color: (event.target.value || null) as HighlightColor | null })}
          aria-label={t('filters.color')}
        >
          <option value="">{t('filters.allColors')}</option>
          {colorOptions(counts, colorLabels).map((color) => (
            <option key={color.value} value={color.value} disabled={color.count === 0 && color.value !== filter.color}>
              {color.label} ({color.count})
            </option>
          ))}
        </select>
        <select
          value={filter.annotated ?? ''}
          onChange={(event) => set({ annotated: (event.target.value || null) as LibraryFilter['annotated'] })}
          aria-label={t('filters.annotations')}
        >
          <option value="">{t('filters.annotatedAny')}</option>
          <option value="yes">{t('filters.annotated', { count: annotated.yes })}</option>
          <option value="no">{t('filters.unannotated', { count: annotated.no })}</option>
        </select>
      </div>
      {(unsure > 0 || lookingOver) && (
        <div className="row">
          <label className="needs-look-filter" title={t('filters.needsLookTitle')}>
            <input
              type="checkbox"
              checked={lookingOver}
              onChange={(event) => set({ needsLook: event.target.checked ? 'yes' : null })}
            />
            {t('filters.needsLook', { count: unsure })}
          </label>
        </div>
      )}
      {(withMemo > 0 || filter.memo === 'yes') && (
        <div className="row">
          <label className="memo-filter">
            <input
              type="checkbox"
              checked={filter.memo === 'yes'}
              onChange={(event) => set({ memo: event.target.checked ? 'yes' : null })}
            />
            {t('filters.hasMemo', { count: withMemo })}
          </label>
        </div>
      )}
      {isFiltered(filter) && (
        <div className="row muted">
          {!searching && (
            <span>
              {t('filters.showing', { shown: shown.toLocaleString(), total: articles.length.toLocaleString() })}
            </span>
          )}
          <button type="button" className="small quiet" onClick={() => onFilter(noFilter)}>
            {t('filters.clear')}
          </button>
        </div>
      )}
    </div>
  )
}
