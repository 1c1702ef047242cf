// Each shard answers its matches best first; the answer is their merge. A common word matches
// every article, so this runs over 10,000 ids per key press: a linear merge that makes objects only
// for the first `limit`, rather than an object per hit and a sort of them all.
import type { ArticleHit, Snippet } from '../../common/model/search-types'

export interface ShardRanking {
  ids: string[]
  /** Descending, one per id. */
  scores: number[]
  /** For the shard's first ids: its answer's first `limit` are among them. */
  snippets: Array<Snippet | null>
}

/** The first `limit` hits with their snippets, then every later id; ties keep shard order. */
export function mergeRanked(shards: readonly ShardRanking[], limit: number): { top: ArticleHit[]; later: string[] } {
  const next = shards.map(() => 0)
  const top: ArticleHit[] = []
  const later: string[] = []
  for (;;) {
    let best = -1
    for (let shard = 0; shard < shards.length; shard++) {
      const at = next[shard] as number
      const ranking = shards[shard] as ShardRanking
      if (at >= ranking.ids.length) continue
      const score = ranking.scores[at] ?? 0
      if (best < 0 || score > ((shards[best] as ShardRanking).scores[next[best] as number] ?? 0)) best = shard
    }
    if (best < 0) return { top, later }
    const ranking = shards[best] as ShardRanking
    const at = next[best] as number
    next[best] = at + 1
    const id = ranking.ids[at] as string
    if (top.length === limit) {
      later.push(id)
      continue
    }
    const snippet = ranking.snippets[at]
    const score = ranking.scores[at] ?? 0
    top.push(snippet ? { id, score, snippet } : { id, score })
  }
}
