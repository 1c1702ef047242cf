import { describe, expect, it } from 'vitest'
import { hasEveryRun, hasRun } from './word-runs'

const sequence = Uint32Array.from([5, 7, 0, 9, 5, 8])

describe('word runs', () => {
  it('finds consecutive words, by single ids or sets of ids, and not across a block break (0)', () => {
    expect(hasRun(sequence, [new Set([5]), new Set([8])])).toBe(true)
    expect(hasRun(sequence, [new Set([5]), new Set([7, 8])])).toBe(true)
    expect(hasRun(sequence, [new Set([7]), new Set([9])])).toBe(false)
    expect(hasRun(sequence, [new Set([9]), new Set([5]), new Set([8])])).toBe(true)
    expect(hasRun(sequence, [new Set([8]), new Set([5])])).toBe(false)
  })

  it('never matches a word nobody has, or a run longer than the text', () => {
    expect(hasRun(sequence, [new Set()])).toBe(false)
    expect(hasRun(Uint32Array.from([5]), [new Set([5]), new Set([7])])).toBe(false)
    expect(hasEveryRun(sequence, [[new Set([9])], [new Set([5]), new Set([7])]])).toBe(true)
    expect(hasEveryRun(sequence, [[new Set([9])], [new Set([7]), new Set([5])]])).toBe(false)
  })
})
