// Slicing a long article for the reader: the first slice paints at once, the rest follow in order.
import { describe, expect, it } from 'vitest'
import type { ArticleBlock } from '../../../common/model/article-types'
import { FIRST_SLICE_CHARS, SLICE_CHARS, sliceEnds } from './progressive-doc'

const paragraphs = (count: number, length: number): ArticleBlock[] =>
  Array.from({ length: count }, () => ({ kind: 'paragraph', text: 'ก'.repeat(length) }))

describe('sliceEnds', () => {
  it('keeps an ordinary article in one slice, shown at once as before', () => {
    expect(sliceEnds(paragraphs(40, 500))).toEqual([40])
    expect(sliceEnds([])).toEqual([0])
  })

  it('cuts a 5 MB article into a first screenful and later slices covering every block once', () => {
    const blocks = paragraphs(1000, 2000)
    const ends = sliceEnds(blocks)
    expect(ends[0]).toBe(FIRST_SLICE_CHARS / 2000)
    expect(ends.at(-1)).toBe(1000)
    for (let i = 1; i < ends.length; i++)
      expect((ends[i] ?? 0) - (ends[i - 1] ?? 0)).toBeLessThanOrEqual(SLICE_CHARS / 2000)
    expect([...ends].sort((a, b) => a - b)).toEqual(ends)
    expect(new Set(ends).size).toBe(ends.length)
  })
})
