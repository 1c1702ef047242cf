import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import type { HighlightColor } from '../../../common/model/highlight-colors'
import type { PassageFilter, PassageSort } from '../../../common/model/passages'
import { SafeText } from '../bidi/SafeText'
import { buildTree, flatten, optionLabel } from '../codebook/tag-tree'
import { ColorOptions } from '../annotations/ColorOptions'
import { LinkKindFilter } from '../links/LinkKindFilter'

interface Props {
  filter: PassageFilter
  sort: PassageSort
  tags: readonly Tag[]
  /** The Thai label of the filter's theme, when it has one. */
  themeLabel: string | null
  onFilter: (filter: PassageFilter) => void
  onSort: (sort: PassageSort) => void
}

const SORTS: Record<PassageSort, 'sortNewest' | 'sortOldest' | 'sortTitle'> = {
  'date-desc': 'sortNewest',
  'date-asc': 'sortOldest',
  article: 'sortTitle'
}

/** The view's filter bar: a tag (with its sub-tags or not), a colour, the theme it was opened on, and the order. */
export function PassageFilters({ filter, sort, tags, themeLabel, onFilter, onSort }: Props) {
  const { t } = useTranslation('passages')
  const entries = useMemo(() => flatten(buildTree(tags)), [tags])
  const hasSubTags = filter.tag !== undefined && tags.some((tag) => tag.parentId === filter.tag)
  return (
    <div className="passage-filters">
      <div className="row">
        <select
          aria-label={t('tag')}
          value={filter.tag ?? ''}
          onChange={(event) => onFilter({ ...filter, tag: event.target.value || undefined, includeSubTags: undefined })}
        >
          <option value="">{t('anyTag')}</option>
          {entries.map((entry) => (
            <option key={entry.tag.id} value={entry.tag.id}>
              {optionLabel(entry)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('colour')}
          value={filter.color ?? ''}
          onChange={(event) => onFilter({ ...filter, color: (event.target.value as HighlightColor) || undefined })}
        >
          <option value="">{t('anyColour')}</option>
          <ColorOptions />
        </select>
        <LinkKindFilter
          label={t('linkKind')}
          anyLabel={t('anyLinkKind')}
          value={filter.linkKind}
          onChange={(linkKind) => onFilter({ ...filter, linkKind })}
        />
      </div>
      <div className="row">
        <label className={hasSubTags ? undefined : 'disabled'}>
          <input
            type="checkbox"
            checked={filter.includeSubTags === true}
            disabled={!hasSubTags}
            onChange={(event) => onFilter({ ...filter, includeSubTags: event.target.checked || undefined })}
          />{' '}
          {t('includeSubTags')}
        </label>
        <select aria-label={t('order')} value={sort} onChange={(event) => onSort(event.target.value as PassageSort)}>
          {Object.entries(SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
      {filter.theme !== undefined && (
        <div className="passage-theme">
          <span>
            {t('themeFilter')} <SafeText text={themeLabel ?? filter.theme} />
          </span>
          <button
            type="button"
            className="small quiet"
            aria-label={t('removeThemeFilter')}
            onClick={() => onFilter({ ...filter, theme: undefined })}
          >
            ✕
          </button>
        </div>
      )}
    </div>
  )
}
