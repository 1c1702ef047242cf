import { describe, expect, it } from 'vitest'
import { graphemeEndAtOrAfter, graphemeStartAtOrBefore, isGraphemeBoundary } from './grapheme-boundaries'

const boundaries = (text: string): number[] =>
  Array.from({ length: text.length + 1 }, (_, i) => i).filter((i) => isGraphemeBoundary(text, i))

describe('grapheme boundaries', () => {
  it.each([
    // Tone mark and SARA AM belong to the consonant before them: น้ำ is one cluster.
    ['น้ำ', [0, 3]],
    ['แกนนำ', [0, 1, 2, 3, 5]],
    ['ที่', [0, 3]],
    ['a😀b', [0, 1, 3, 4]],
    // A family emoji joined by ZWJs, and a skin-tone modifier.
    ['👨‍👩‍👧', [0, 8]],
    ['x👍🏽', [0, 1, 5]]
  ])('finds the cluster boundaries of %j', (text, expected) => {
    expect(boundaries(text)).toEqual(expected)
  })

  it('snaps outward to the enclosing cluster', () => {
    const text = 'ความน้ำใจ'
    expect(graphemeStartAtOrBefore(text, 6)).toBe(4)
    expect(graphemeEndAtOrAfter(text, 5)).toBe(7)
    expect(graphemeEndAtOrAfter(text, 7)).toBe(7)
  })

  it('only segments around the offset, so it stays cheap in a long text', () => {
    const text = 'ก'.repeat(200_000) + 'น้ำ'
    const started = performance.now()
    for (let i = 0; i < 1000; i++) isGraphemeBoundary(text, 200_001)
    expect(isGraphemeBoundary(text, 200_001)).toBe(false)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
