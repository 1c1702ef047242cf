import { describe, expect, it } from 'vitest'
import { planSync, type SearchableArticle } from './plan-sync'

const article = (id: string, hash = 'h1'): SearchableArticle => ({ id, hash, file: `/lib/${id}.txt`, folder: '/lib' })

describe('planning a sync', () => {
  it('indexes a changed document again in the shard that holds it, and drops what left the library', () => {
    const known = [
      new Map([['a', 'h1']]),
      new Map([
        ['b', 'h1'],
        ['gone', 'h1']
      ])
    ]
    const { shards, unplaced } = planSync([article('a'), article('b', 'h2')], known)
    expect(shards).toEqual([
      { index: [], remove: [] },
      { index: [article('b', 'h2')], remove: ['gone'] }
    ])
    expect(unplaced).toEqual([])
  })

  it('leaves new documents to whichever worker is free, in library order', () => {
    const known = [new Map([['a', 'h1']]), new Map<string, string>()]
    const { shards, unplaced } = planSync([article('new-1'), article('a'), article('new-2')], known)
    expect(unplaced.map(({ id }) => id)).toEqual(['new-1', 'new-2'])
    expect(shards.every((plan) => plan.index.length === 0 && plan.remove.length === 0)).toBe(true)
  })

  it('keeps a document two shards hold in the first and drops it from the other', () => {
    const known = [new Map([['a', 'h1']]), new Map([['a', 'h0']])]
    const { shards } = planSync([article('a')], known)
    expect(shards).toEqual([
      { index: [], remove: [] },
      { index: [], remove: ['a'] }
    ])
  })
})
