// Small library fixtures shared by the filter and count tests.
import type { ArticleSummary } from '../../../common/model/article-types'
import type { ArticleFacets } from '../../../common/model/search-types'

export const article = (
  id: string,
  outlet: string | null,
  date: string | null,
  year: number | null = null,
  annotationCount = 0
): ArticleSummary => ({
  id,
  folder: '/c',
  file: `${id}.txt`,
  title: `บทความ ${id}`,
  titleDerived: false,
  titleConfidence: 1,
  titleHow: '',
  outlet,
  outletConfidence: 1,
  date,
  dateConfidence: 1,
  year,
  sourceUrl: null,
  annotationCount,
  warnings: [],
  contentHash: id
})

export const library = [
  article('a', 'Báo Nhân dân', '2025-10-18', null, 3),
  article('b', 'Việt Nam', '2025-02-28', null, 1),
  article('c', null, null),
  article('d', 'Kinhtedothi', null, 2024),
  article('e', 'Báo Nhân dân', '2024-03-05', null, 2)
]
/** a: yellow and green, tagged t1; b: yellow, t2; e: pink, t1 and t2. */
export const facets: ArticleFacets = {
  a: { colors: ['yellow', 'green'], tags: ['t1'] },
  b: { colors: ['yellow'], tags: ['t2'] },
  e: { colors: ['pink'], tags: ['t1', 't2'] }
}
