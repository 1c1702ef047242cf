import { describe, expect, it } from 'vitest'
import { QueryScratch } from './query-scratch'

describe('QueryScratch', () => {
  it('hands the next query zeroed arrays of the asked size, reusing them until the index grows', () => {
    const scratch = new QueryScratch((size) => new Uint16Array(size))
    const first = scratch.take(4)
    first.scores[3] = 2.5
    first.marks[1] = 7
    const second = scratch.take(4)
    expect([...second.scores]).toEqual([0, 0, 0, 0])
    expect([...second.marks]).toEqual([0, 0, 0, 0])
    expect(second.scores.buffer).toBe(first.scores.buffer)
    const grown = scratch.take(9)
    expect(grown.scores.length).toBe(9)
    expect(grown.marks).toBeInstanceOf(Uint16Array)
    expect(scratch.take(3).marks.length).toBe(3)
  })
})
