import { useMemo } from 'react'
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

const SORTS: Record<PassageSort, string> = {
  'date-desc': 'Newest article first',
  'date-asc': 'Oldest article first',
  article: 'Articles by title'
}

/** The view's filter bar: a tag (with its sub-tags or not), a colour, the theme it was opened on, and the order. */
export function PassageFilters({ filter, sort, tags, themeLabel, onFilter, onSort }: Props) {
  const entries = useMemo(() => flatten(buildTree(tags)), [tags])
  const hasSubTags = filter.tag !== undefined && tags.some((tag) => tag.parentId === filter.tag)
  return (
    <div className="passage-filters">
      <div className="row">
        <select
          aria-label="Tag"
          value={filter.tag ?? ''}
          onChange={(event) => onFilter({ ...filter, tag: event.target.value || undefined, includeSubTags: undefined })}
        >
          <option value="">Any tag or none</option>
          {entries.map((entry) => (
            <option key={entry.tag.id} value={entry.tag.id}>
              {optionLabel(entry)}
            </option>
          ))}
        </select>
        <select
          aria-label="Colour"
          value={filter.color ?? ''}
          onChange={(event) => onFilter({ ...filter, color: (event.target.value as HighlightColor) || undefined })}
        >
          <option value="">Any colour</option>
          <ColorOptions />
        </select>
        <LinkKindFilter
          label="Link kind"
          anyLabel="Linked or not"
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
          Include sub-tags
        </label>
        <select aria-label="Order" value={sort} onChange={(event) => onSort(event.target.value as PassageSort)}>
          {Object.entries(SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {filter.theme !== undefined && (
        <div className="passage-theme">
          <span>
            In the evidence of a confirmed theme: <SafeText text={themeLabel ?? filter.theme} />
          </span>
          <button
            type="button"
            className="small quiet"
            aria-label="Remove the theme filter"
            onClick={() => onFilter({ ...filter, theme: undefined })}
          >
            ✕
          </button>
        </div>
      )}
    </div>
  )
}
