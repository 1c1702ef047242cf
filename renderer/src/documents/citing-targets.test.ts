import { describe, expect, it } from 'vitest'
import type { CitingArticle } from '../../../common/model/documents'
import { citingTargets } from './citing-targets'

const citing = (id: string, sentences: Array<[number, number]>, inLibrary = true): CitingArticle => ({
  article: { id, title: id, titleDerived: false, outlet: null, date: null, inLibrary },
  citation: '18-NQ/TW',
  code: '18-NQ/TW',
  confidence: 1,
  by: 'unique',
  doubtful: false,
  decision: null,
  sentences: sentences.map(([start, end]) => ({ text: 'x', start, end }))
})

describe('citing targets', () => {
  it('step through every sentence, an article cited in its title only as itself, and skip a gone one', () => {
    const targets = citingTargets([
      citing('a', [
        [0, 5],
        [9, 20]
      ]),
      citing('b', []),
      citing('c', [], false)
    ])
    expect(targets.map((t) => [t.row, t.sentence, t.articleId, t.range?.start])).toEqual([
      [0, 0, 'a', 0],
      [0, 1, 'a', 9],
      [1, -1, 'b', undefined]
    ])
  })
})
