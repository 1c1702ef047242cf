// The themes matrix, answered from the running app: the ontology's themes, the library's rows,
// the index's shards and the store's decisions, read at each call (the view asks once, then again
// only for the articles a change event names), and the province list read once.
import { createHash } from 'node:crypto'
import type { ArticleSummary } from '../../common/model/article-types'
import type { ThemeDecision } from '../../common/model/theme-decision'
import type { ThemeMatrix } from '../../common/model/theme-matrix'
import type { MatrixShard, MatrixShardInput } from './matrix-shard-handlers'
import { buildThemeMatrix } from './build-theme-matrix'
import { provinceMatcher, type ProvinceMatcher } from './province-matcher'
import { provinceLabels, type ProvinceTable } from './province-table'
import { sourceProvinceMatcher } from './source-province'

export interface MatrixDeps {
  themes: () => Promise<string[]>
  articles: () => readonly ArticleSummary[]
  /** These articles' summaries, those still in the library (cheaper than the whole list). */
  summaries: (ids: string[]) => readonly ArticleSummary[]
  shards: (input: MatrixShardInput) => Promise<MatrixShard[]>
  /** The index's version (SearchEngine.status): any change to what the shards hold gives a new one. */
  indexVersion: () => Promise<number>
  decisions: () => readonly ThemeDecision[]
  provinces: ProvinceTable
}

export class ThemeMatrixQueries {
  private readonly provinceKey: string
  private readonly outlets: ProvinceMatcher
  /** Outlets are few (tens), their names fixed: each is matched once. */
  private readonly outletProvinces = new Map<string, number>()
  private readonly sourceProvince: (url: string | null) => number
  /** The workers' whole answer, kept while the index and the themes are what it was made from: at
   * 10,000 articles it costs the workers 40–700 ms on a busy machine, the rest of an answer 30. */
  private kept: { key: string; shards: Promise<MatrixShard[]> } | null = null

  constructor(private readonly deps: MatrixDeps) {
    // A key that changes with the list's content, so the workers find provinces again under a new list.
    this.outlets = provinceMatcher(deps.provinces.provinces)
    this.sourceProvince = sourceProvinceMatcher(deps.provinces.provinces)
    this.provinceKey = createHash('sha1').update(JSON.stringify(deps.provinces)).digest('hex').slice(0, 16)
  }

  /** Every article's row in the library's order, or (`articles`) those articles' rows in the order asked. */
  async matrix(articles?: readonly string[]): Promise<ThemeMatrix> {
    const themes = await this.deps.themes()
    const wanted = articles && new Set(articles)
    const rows = articles ? this.deps.summaries([...articles]) : this.deps.articles()
    const shards = await this.shards(themes, articles)
    const decisions = this.deps.decisions().filter((decision) => !wanted || wanted.has(decision.articleId))
    return buildThemeMatrix({
      themes,
      articles: rows,
      shards,
      decisions,
      provinces: provinceLabels(this.deps.provinces),
      headerProvince: ({ outlet, sourceUrl }) => {
        const named = outlet ? this.outletProvince(outlet) : -1
        return named >= 0 ? named : this.sourceProvince(sourceUrl)
      }
    })
  }

  private async shards(themes: string[], articles: readonly string[] | undefined): Promise<MatrixShard[]> {
    const input = (only?: readonly string[]) => ({
      themes,
      provinces: { key: this.provinceKey, entries: this.deps.provinces.provinces },
      ...(only && { only: [...only] })
    })
    // A few articles' rows (a verdict's change event) are asked for afresh: cheap, and always current.
    if (articles) return this.deps.shards(input(articles))
    const key = `${await this.deps.indexVersion()}\n${themes.join('\n')}`
    if (this.kept?.key !== key) {
      const shards = this.deps.shards(input())
      this.kept = { key, shards }
      shards.catch(() => {
        if (this.kept?.shards === shards) this.kept = null
      })
    }
    return this.kept.shards
  }

  private outletProvince(outlet: string): number {
    let province = this.outletProvinces.get(outlet)
    if (province === undefined) this.outletProvinces.set(outlet, (province = this.outlets.match([outlet])))
    return province
  }
}
