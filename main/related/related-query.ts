// A related-passages query in main: the open article's analysis (from its shard), what counts in
// it (related-source.ts), then every shard scores and clips its own best (related-shard.ts), and
// the lists are merged in one order and given their outlet, date and title from the library.
import type { ArticleSummary } from '../../common/model/article-types'
import type { IndexedAnalysis } from '../../common/model/intelligence-types'
import type { RelatedAnswer, RelatedPassage, TextRange } from '../../common/model/related'
import type { ThemeDecision } from '../../common/model/theme-decision'
import { dayOf, relatedOrder } from './related-order'
import type { RelatedShardAnswer, RelatedShardQuery } from './related-shard'
import { decisionsByTheme, relatedSource } from './related-source'

export interface RelatedSources {
  articleAnalysis(id: string): Promise<IndexedAnalysis | null>
  /** Each shard's answer (SearchEngine.relatedPassages). */
  relatedPassages(query: RelatedShardQuery): Promise<RelatedShardAnswer[]>
  /** The user's theme decisions: one article's, or (no id) all. */
  themeDecisions(articleId?: string): ThemeDecision[]
  summaries(ids: string[]): ArticleSummary[]
  /** The article's other copies, listed above the panel as "also published as"; null while unknown. */
  copiesOf(id: string): Array<{ id: string }> | null
  /** The search index's version while it is ready, else null (related-shard.ts). */
  indexVersion?(): string | null
}

export interface RelatedRequest {
  articleId: string
  range?: TextRange
  limit: number
}

export async function findRelated(sources: RelatedSources, request: RelatedRequest): Promise<RelatedAnswer | null> {
  const started = performance.now()
  const { articleId, range, limit } = request
  const [summary] = sources.summaries([articleId])
  if (!summary) return null
  const analysis = await sources.articleAnalysis(articleId)
  const answer = (state: RelatedAnswer['state'], rest: Partial<RelatedAnswer> = {}): RelatedAnswer => ({
    state,
    basis: { documents: [], themes: [] },
    passages: [],
    total: 0,
    ...rest,
    tookMs: Math.round((performance.now() - started) * 10) / 10
  })
  // Offsets of an analysis made from an older text would point at the wrong passages.
  if (!analysis || analysis.contentHash !== summary.contentHash) return answer('pending')
  const source = relatedSource(analysis, sources.themeDecisions(articleId), range)
  if (source.documents.length + source.themes.length === 0) return answer('ready', { basis: source.basis })
  const themeIds = source.themes.map((theme) => theme.theme)
  const sourceDay = dayOf(summary.date, summary.year)
  const shards = await sources.relatedPassages({
    documents: source.documents,
    themes: source.themes,
    ...decisionsByTheme(sources.themeDecisions(), themeIds),
    exclude: [articleId, ...(sources.copiesOf(articleId) ?? []).map((copy) => copy.id)],
    sourceDay,
    limit,
    indexVersion: sources.indexVersion?.() ?? null
  })
  const best = shards
    .flatMap((shard) => shard.passages)
    .sort(relatedOrder(sourceDay))
    .slice(0, limit)
  const headers = new Map(sources.summaries(best.map((passage) => passage.id)).map((s) => [s.id, s]))
  // An article gone from the library since the index last synced is left out.
  const passages = best.flatMap(({ id, score, reasons, range: at, text, clipped }): RelatedPassage[] => {
    const header = headers.get(id)
    if (!header) return []
    const date = header.date ?? (header.year === null ? null : String(header.year))
    return [
      {
        articleId: id,
        title: header.title,
        outlet: header.outlet,
        date,
        score,
        reasons,
        range: at,
        snippet: text,
        clipped
      }
    ]
  })
  const total = shards.reduce((sum, shard) => sum + shard.total, 0)
  return answer('ready', { basis: source.basis, passages, total })
}
