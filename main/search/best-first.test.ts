import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bestFirst } from './best-first'

describe('documents best first', () => {
  it('gives the same order as sorting by score, ties by document number', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 200 }), (values) => {
        const scores = Float64Array.from(values)
        const docs = values.map((_, doc) => doc).reverse()
        const sorted = [...docs].sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
        expect([...bestFirst(docs, scores)]).toEqual(sorted)
      })
    )
  })

  it('stops where the caller stops', () => {
    const scores = Float64Array.from([1, 9, 3, 7])
    const taken: number[] = []
    for (const doc of bestFirst([0, 1, 2, 3], scores)) {
      taken.push(doc)
      if (taken.length === 2) break
    }
    expect(taken).toEqual([1, 3])
  })
})
