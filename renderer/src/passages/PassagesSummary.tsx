import type { PassageFilter } from '../../../common/model/passages'

interface Props {
  filter: PassageFilter
  total: number | null
  articles: number
  /** Whether the filter's tag has sub-tags (then "Include sub-tags" may find more). */
  hasSubTags: boolean
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`

/** How many passages match, in how many articles; while loading, and when none does, why. */
export function PassagesSummary({ filter, total, articles, hasSubTags }: Props) {
  const filtered =
    filter.tag !== undefined ||
    filter.color !== undefined ||
    filter.theme !== undefined ||
    filter.linkKind !== undefined
  return (
    <>
      <p className="passages-status" role="status">
        {total === null
          ? 'Reading the highlights…'
          : `${plural(total, 'passage', 'passages')} in ${plural(articles, 'article', 'articles')}`}
      </p>
      {total === 0 && (
        <div className="empty passages-empty">
          {!filtered ? (
            <p>No highlighted passages yet. Select text in an article to highlight, tag or annotate it.</p>
          ) : (
            <p>No highlighted passage matches these filters.</p>
          )}
          {filter.theme !== undefined && (
            <p>
              A passage carries a theme when it lies in one of the theme’s evidence paragraphs, in an article where you
              confirmed the theme (About tab, or the theme review).
            </p>
          )}
          {filter.linkKind !== undefined && (
            <p>A highlight carries a link kind when an end of a link of that kind overlaps it.</p>
          )}
          {hasSubTags && !filter.includeSubTags && (
            <p>Passages coded with a sub-tag only are listed with “Include sub-tags”.</p>
          )}
        </div>
      )}
    </>
  )
}
