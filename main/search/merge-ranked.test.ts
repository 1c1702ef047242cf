import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mergeRanked, type ShardRanking } from './merge-ranked'

const shard = (scores: number[], prefix: string): ShardRanking => ({
  ids: scores.map((_, i) => `${prefix}${i}`),
  scores,
  snippets: scores.map((_, i) => (i < 2 ? { text: `${prefix}${i}`, marks: [] } : null))
})

describe("merging the shards' rankings", () => {
  it('orders every hit as one sort by score would, ties in shard order, snippets on the first `limit`', () => {
    const descending = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 30 }).map((s) => s.sort((a, b) => b - a))
    fc.assert(
      fc.property(descending, descending, fc.integer({ min: 0, max: 10 }), (a, b, limit) => {
        const shards = [shard(a, 'a'), shard(b, 'b')]
        const sorted = shards
          .flatMap((s) => s.ids.map((id, i) => ({ id, score: s.scores[i] as number, snippet: s.snippets[i] })))
          .sort((x, y) => y.score - x.score)
        const { top, later } = mergeRanked(shards, limit)
        expect([...top.map((hit) => hit.id), ...later]).toEqual(sorted.map((hit) => hit.id))
        expect(top).toHaveLength(Math.min(limit, sorted.length))
        for (const hit of top) expect(hit.snippet ?? null).toEqual(sorted.find((s) => s.id === hit.id)?.snippet ?? null)
      })
    )
  })
})
