// The index's build against actions that land while it reads shards, and theme passages chosen
// by their evidence paragraphs.
import { describe, expect, it } from 'vitest'
import type { Annotation, AnnotationView } from '../../common/model/annotation-types'
import type { Article } from '../../common/model/article-types'
import type { IndexedAnalysis } from '../../common/model/intelligence-types'
import { articleText } from '../../common/text/article-text'
import { PassageIndex } from './passage-index'
import { themePassageIds } from './theme-passages'

const make = (id: string, tags: string[] = [], color: Annotation['color'] = 'yellow'): Annotation => ({
  id,
  articleId: 'a1',
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'ปรับปรุงกลไก', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 12 },
    textHash: 'x'
  },
  color,
  tags,
  note: '',
  created: '2025-01-01T00:00:00.000Z',
  modified: '2025-01-01T00:00:00.000Z'
})
const ids = (index: PassageIndex, filter: Parameters<PassageIndex['select']>[0]) =>
  index
    .select(filter)
    .map((record) => record.id)
    .sort()

describe('the passage index', () => {
  it('keeps what actions did while it was reading shards: the diff is newer than a shard read before it', async () => {
    const shards = [[make('n1', ['t1']), make('n2', ['t1'])], [make('n3', ['t1'])]]
    let index: PassageIndex | null = null
    index = new PassageIndex(async (visit) => {
      await visit(shards[0] ?? [])
      // Between two shards: n1 retagged, n3 (in the shard still to come, as read before) deleted.
      index?.apply([
        { kind: 'annotation', id: 'n1', before: make('n1', ['t1']), after: make('n1', ['t2'], 'green') },
        { kind: 'annotation', id: 'n3', before: make('n3', ['t1']), after: null }
      ])
      await visit(shards[1] ?? [])
    })
    await index.ready()
    expect(ids(index, { tags: new Set(['t1']) })).toEqual(['n2'])
    expect(ids(index, { tags: new Set(['t2']), color: 'green' })).toEqual(['n1'])
    expect(index.size).toBe(2)
  })

  it('builds once, and tries again after a failed read', async () => {
    let reads = 0
    const index = new PassageIndex(async (visit) => {
      reads += 1
      if (reads === 1) throw new Error('disk')
      await visit([make('n1')])
    })
    await expect(index.ready()).rejects.toThrow('disk')
    await index.ready()
    await index.ready()
    expect(reads).toBe(2)
    expect(ids(index, {})).toEqual(['n1'])
  })
})

describe('passages carrying a theme', () => {
  const blocks: Article['blocks'] = [
    { kind: 'paragraph', text: 'ย่อหน้าแรกไม่มีคำสำคัญ' },
    { kind: 'paragraph', text: 'การปรับปรุงกลไกให้คล่องตัว' }
  ]
  const second = articleText(blocks).indexOf('การปรับปรุง')
  const view = (id: string, start: number, end: number): AnnotationView => ({
    ...make(id),
    anchor: { status: 'exact', start, end }
  })
  const analysis = (hash: string): IndexedAnalysis => ({
    contentHash: hash,
    citations: [],
    themes: [
      {
        id: 'apparatus',
        strength: 0.8,
        detected: true,
        documents: [],
        ontologyVersion: 'v',
        evidence: [{ paragraph: 1, cues: [] }]
      }
    ]
  })
  const sources = (hash: string) => ({
    confirmedArticles: (theme: string) => (theme === 'apparatus' ? ['a1'] : []),
    analysis: async () => analysis(hash),
    article: async () => ({ summary: { contentHash: 'h1' } as Article['summary'], blocks }),
    anchored: async () => [
      view('inFirst', 0, 5),
      view('inSecond', second + 2, second + 8),
      view('across', second - 4, second + 1),
      { ...make('orphan'), anchor: { status: 'orphan' } } as AnnotationView
    ]
  })

  it('takes highlights lying in (or reaching into) an evidence paragraph of a confirmed theme', async () => {
    expect([...(await themePassageIds('apparatus', sources('h1')))].sort()).toEqual(['across', 'inSecond'])
    expect((await themePassageIds('other', sources('h1'))).size).toBe(0)
  })

  it('waits for the analysis of the current text: an older one points at other paragraphs', async () => {
    expect((await themePassageIds('apparatus', sources('old'))).size).toBe(0)
  })
})
