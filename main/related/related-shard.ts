// A search worker's part of a related-passages query: it ranks its own shard's articles on its
// related index (related-shard-index.ts, brought up to date with the shard's analyses first), then
// picks and clips the passage of its best `limit`, reading only those from its kept text. Main
// merges the two shards' lists (related-query.ts); the best `limit` overall are among them.
//
// Why in the workers and not an index in main: the analyses live here (a copy in main would need
// them all sent over, about 10 MB at 10,000 articles, and a protocol to keep it current), the
// passages' texts must be read here anyway, and both shards rank in parallel. Measured at 10,000
// articles (tests/bench/related.ts): a few ms a query end to end; see the README's figures.
import type { RelatedReason, TextRange } from '../../common/model/related'
import type { ShardIndex } from '../search/shard-index'
import type { Clipped } from './clip-snippet'
import { relatedPassage } from './related-passage'
import type { RelatedCriteria } from './related-score'
import { RelatedShardIndex } from './related-shard-index'

export interface RelatedShardQuery extends RelatedCriteria {
  /** The open article's day (related-order.ts), for the tie order. */
  sourceDay: number | null
  /** 0: only bring the related index up to date (a warm-up after the index synced). */
  limit: number
  /** The search index's version while it is ready: the related index, brought up to date at that
   * version, is not checked again until it changes. Null (indexing, or not known): checked now. */
  indexVersion: string | null
}

export interface ShardPassage extends Clipped {
  id: string
  score: number
  day: number | null
  reasons: RelatedReason[]
  range: TextRange | null
}

export interface RelatedShardAnswer {
  /** How many of this shard's articles share anything. */
  total: number
  passages: ShardPassage[]
  /** Articles read again into the related index first (after a sync), and the worker's time. */
  refreshed: number
  tookMs: number
}

export function relatedHandlers(shard: () => ShardIndex) {
  let builtFor: ShardIndex | null = null
  let related = new RelatedShardIndex()
  let currentAt: string | null = null
  return {
    relatedPassages: (query: RelatedShardQuery): RelatedShardAnswer => {
      const started = performance.now()
      const index = shard()
      // Another index loaded (a relaunch's, a rebuilt one): every slot is void.
      if (builtFor !== index) [builtFor, related, currentAt] = [index, new RelatedShardIndex(), null]
      const check = query.indexVersion === null || query.indexVersion !== currentAt
      const refreshed = check ? related.refresh(index.analyses.packed) : 0
      currentAt = query.indexVersion
      const { total, best } = related.query(query, query.sourceDay, query.limit)
      const passages = best.map((entry) => ({ ...entry, ...relatedPassage(index, entry.id, entry.reasons) }))
      return { total, passages, refreshed, tookMs: performance.now() - started }
    }
  }
}
