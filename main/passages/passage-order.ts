// The order the passages view lists passages in: articles by date (either way) or by title, and
// within an article in text order. Every library article is ranked once per order (a Thai
// collation of 10,000 titles costs ~100 ms) and kept until the library changes; a filter's
// passages are then sorted by rank, comparing numbers, not titles.
import type { PassageArticle, PassageSort } from '../../common/model/passages'
import type { PassageRecord } from './passage-record'

const titles = new Intl.Collator('th')

/** Articles with no date go after the dated whichever way dates run. */
function compareArticles(sort: PassageSort): (a: PassageArticle, b: PassageArticle) => number {
  const byTitle = (a: PassageArticle, b: PassageArticle) => titles.compare(a.title, b.title) || (a.id < b.id ? -1 : 1)
  if (sort === 'article') return byTitle
  const direction = sort === 'date-desc' ? -1 : 1
  return (a, b) => {
    if (a.date === b.date) return byTitle(a, b)
    if (a.date === null) return 1
    if (b.date === null) return -1
    return (a.date < b.date ? -1 : 1) * direction
  }
}

/** Each article's place in `sort`, by id. */
export function rankArticles(articles: readonly PassageArticle[], sort: PassageSort): Map<string, number> {
  return new Map([...articles].sort(compareArticles(sort)).map((article, index) => [article.id, index]))
}

/** `records` in the view's order; articles `ranks` lacks (gone from the library) last, each kept together. */
export function orderPassages(records: readonly PassageRecord[], ranks: ReadonlyMap<string, number>): PassageRecord[] {
  const gone = ranks.size
  const ranked = records.map((record) => ({ record, rank: ranks.get(record.articleId) ?? gone }))
  ranked.sort(
    ({ record: a, rank: ra }, { record: b, rank: rb }) =>
      ra - rb ||
      (a.articleId === b.articleId ? 0 : a.articleId < b.articleId ? -1 : 1) ||
      a.start - b.start ||
      (a.created < b.created ? -1 : a.created > b.created ? 1 : 0) ||
      (a.id < b.id ? -1 : 1)
  )
  return ranked.map(({ record }) => record)
}
