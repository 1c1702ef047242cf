// The matrix from its three sources: the library (rows, in its order, with date and outlet), the
// shards (province and strengths) and the user's decisions (verdicts, which may name an article
// whose theme has no cue at all). A plain function, so it is tested without workers.
import type { ArticleSummary } from '../../common/model/article-types'
import type { ThemeDecision } from '../../common/model/theme-decision'
import { packCell, unpackCell, type ProvinceLabel, type ThemeMatrix } from '../../common/model/theme-matrix'
import type { MatrixShard } from './matrix-shard-handlers'

export interface MatrixSources {
  themes: string[]
  articles: readonly Pick<ArticleSummary, 'id' | 'date' | 'year' | 'outlet' | 'sourceUrl'>[]
  shards: readonly MatrixShard[]
  decisions: readonly Pick<ThemeDecision, 'articleId' | 'themeId' | 'verdict'>[]
  provinces: ProvinceLabel[]
  /** The province an article's header names, its outlet (`Báo Quảng Ninh`) or its source's address
   * (`baolangson.vn`): for an article whose title and lead name none. */
  headerProvince?: (article: Pick<ArticleSummary, 'outlet' | 'sourceUrl'>) => number
}

export function buildThemeMatrix(sources: MatrixSources): ThemeMatrix {
  const { themes, articles, shards, decisions, provinces, headerProvince = () => -1 } = sources
  const width = themes.length
  const where = new Map<string, { shard: MatrixShard; row: number }>()
  for (const shard of shards) shard.ids.forEach((id, row) => where.set(id, { shard, row }))
  const column = new Map(themes.map((theme, at) => [theme, at]))
  const outletIndex = new Map<string, number>()
  const matrix: ThemeMatrix = {
    themes,
    ids: [],
    dates: [],
    years: [],
    outlets: [],
    provinces: [],
    outletNames: [],
    provinceLabels: provinces,
    cells: new Array<number>(articles.length * width).fill(0),
    pending: 0
  }
  const rowOf = new Map<string, number>()
  articles.forEach((article, row) => {
    rowOf.set(article.id, row)
    matrix.ids.push(article.id)
    matrix.dates.push(article.date)
    matrix.years.push(article.date ? Number(article.date.slice(0, 4)) : article.year)
    const outlet = article.outlet?.trim() || null
    if (outlet !== null && !outletIndex.has(outlet)) {
      outletIndex.set(outlet, matrix.outletNames.length)
      matrix.outletNames.push(outlet)
    }
    matrix.outlets.push(outlet === null ? -1 : (outletIndex.get(outlet) ?? -1))
    const found = where.get(article.id)
    const named = found ? (found.shard.provinces[found.row] ?? -1) : -1
    matrix.provinces.push(named >= 0 ? named : headerProvince(article))
    if (!found) matrix.pending++
    else
      for (let at = 0; at < width; at++) matrix.cells[row * width + at] = found.shard.cells[found.row * width + at] ?? 0
  })
  for (const { articleId, themeId, verdict } of decisions) {
    const row = rowOf.get(articleId)
    const at = column.get(themeId)
    if (row === undefined || at === undefined) continue
    const cell = row * width + at
    matrix.cells[cell] = packCell({ ...unpackCell(matrix.cells[cell] ?? 0), verdict })
  }
  return matrix
}
