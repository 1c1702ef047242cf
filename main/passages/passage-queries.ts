// The passages view's answers: a filter resolved against the index (tags with their sub-tags, a
// colour, a theme's passages), sorted by article, one page sliced out. The sorted list is kept for
// the next page (a scroll asks for many), until the index, the library or the codebook changes.
import type { Tag } from '../../common/model/annotation-types'
import type { ArticleSummary } from '../../common/model/article-types'
import type { PassageArticle, PassageFilter, PassagePage, PassageSort } from '../../common/model/passages'
import type { LinkKind } from '../../common/model/link-types'
import { headersFor } from './article-header'
import type { PassageIndex, RecordFilter } from './passage-index'
import { orderPassages, rankArticles } from './passage-order'
import { passageOf, type PassageRecord } from './passage-record'
import { tagFamily } from './tag-family'

export interface PassageSources {
  tags: () => ReadonlyMap<string, Tag>
  /** Every article in the library, as the view heads its groups (for ranking them). */
  articles: () => PassageArticle[]
  /** The library's summaries of these articles (those still in it). */
  summaries: (ids: string[]) => ArticleSummary[]
  /** The ids of the annotations carrying a theme (theme-passages.ts). */
  themePassages: (themeId: string) => Promise<Set<string>>
  /** The ids of the annotations overlapping an end of a link of this kind (main/links/link-passages.ts). */
  linkPassages?: (kind: LinkKind) => Promise<Set<string>>
}

export interface PassageQuery {
  filter: PassageFilter
  sort: PassageSort
  offset: number
  limit: number
}

interface Ordered {
  stamp: string
  records: PassageRecord[]
  articles: number
}

/** Filters and sorts kept: a view, its other sort, and the codebook's last few tags. */
const KEPT = 8

export class PassageQueries {
  private readonly ordered = new Map<string, Ordered>()
  private readonly themes = new Map<string, { stamp: string; ids: Promise<Set<string>> }>()
  private readonly ranks = new Map<PassageSort, { outside: number; ranks: Map<string, number> }>()
  /** Moves on when something outside the index changes what a filter or an order means. */
  private outside = 0
  /** Moves on when the index's analyses (theme evidence) may have changed: theme filters only. */
  private analyses = 0

  constructor(
    readonly index: PassageIndex,
    private readonly sources: PassageSources
  ) {}

  /** The library (titles, dates), the codebook (sub-tags) or theme verdicts changed. */
  invalidate(): void {
    this.outside += 1
  }

  /** The search index synced (a new version): theme evidence may have moved. */
  analysesChanged(): void {
    this.analyses += 1
  }

  async list({ filter, sort, offset, limit }: PassageQuery): Promise<PassagePage> {
    await this.index.ready()
    if (limit === 0) {
      const found = this.index.select(await this.recordFilter(filter, this.stamp(filter)))
      this.ranksFor(sort) // ready for the first page
      return { total: found.length, articles: articleCount(found), offset, passages: [], headers: {}, before: null }
    }
    const { records, articles } = await this.orderedFor(filter, sort)
    const page = records.slice(offset, offset + limit)
    const headers = headersFor(
      page.map((record) => record.articleId),
      this.sources.summaries
    )
    return {
      total: records.length,
      articles,
      offset,
      passages: page.map(passageOf),
      headers: Object.fromEntries(headers),
      before: offset > 0 ? (records[offset - 1]?.articleId ?? null) : null
    }
  }

  private async orderedFor(filter: PassageFilter, sort: PassageSort): Promise<Ordered> {
    const key = JSON.stringify([
      filter.tag,
      filter.includeSubTags === true,
      filter.color,
      filter.theme,
      filter.linkKind,
      sort
    ])
    // Taken before any wait: a change meanwhile leaves this answer already stale for the next call.
    const stamp = this.stamp(filter)
    const kept = this.ordered.get(key)
    if (kept?.stamp === stamp) return kept
    const found = this.index.select(await this.recordFilter(filter, stamp))
    const ordered = { stamp, records: orderPassages(found, this.ranksFor(sort)), articles: articleCount(found) }
    this.ordered.delete(key)
    this.ordered.set(key, ordered)
    for (const old of this.ordered.keys()) if (this.ordered.size > KEPT) this.ordered.delete(old)
    return ordered
  }

  private ranksFor(sort: PassageSort): Map<string, number> {
    const kept = this.ranks.get(sort)
    if (kept?.outside === this.outside) return kept.ranks
    const ranks = rankArticles(this.sources.articles(), sort)
    this.ranks.set(sort, { outside: this.outside, ranks })
    return ranks
  }

  private stamp(filter: PassageFilter): string {
    return `${this.index.version}:${this.outside}:${filter.theme === undefined ? '' : this.analyses}`
  }

  private async recordFilter(filter: PassageFilter, stamp: string): Promise<RecordFilter> {
    return {
      tags:
        filter.tag === undefined
          ? undefined
          : tagFamily(this.sources.tags(), filter.tag, filter.includeSubTags === true),
      color: filter.color,
      ids: await this.idsFor(filter, stamp)
    }
  }

  /** A theme's passages, a link kind's, or (both given) those carrying both. */
  private async idsFor(filter: PassageFilter, stamp: string): Promise<Set<string> | undefined> {
    const theme = filter.theme === undefined ? undefined : await this.themeIds(filter.theme, stamp)
    const { linkKind } = filter
    if (linkKind === undefined) return theme
    // Links change no index version: a link event invalidates (connect-passages.ts), so not kept here.
    const linked = (await this.sources.linkPassages?.(linkKind)) ?? new Set<string>()
    return theme ? new Set([...theme].filter((id) => linked.has(id))) : linked
  }

  private themeIds(themeId: string, stamp: string): Promise<Set<string>> {
    const kept = this.themes.get(themeId)
    if (kept?.stamp === stamp) return kept.ids
    const ids = this.sources.themePassages(themeId)
    this.themes.set(themeId, { stamp, ids })
    ids.catch(() => this.themes.get(themeId)?.ids === ids && this.themes.delete(themeId))
    return ids
  }
}

const articleCount = (records: readonly PassageRecord[]) => new Set(records.map((record) => record.articleId)).size
