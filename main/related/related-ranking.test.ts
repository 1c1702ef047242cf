// Ranking related articles: a shared document outranks shared themes, a rejected theme counts for
// nothing and a confirmed one for more, ties go to the nearest date then the newer, and a selected
// range narrows what the open article counts with.
import { describe, expect, it } from 'vitest'
import type { IndexedAnalysis } from '../../common/model/intelligence-types'
import type { ThemeDecision } from '../../common/model/theme-decision'
import { dayOf, relatedOrder } from './related-order'
import type { RelatedCriteria } from './related-score'
import { RelatedShardIndex } from './related-shard-index'
import { relatedSource } from './related-source'

/** A packed analysis (packed-analysis.ts) as the related index reads it: codes (resolved to
 * `code@2017`), themes (true: detected, false: a faint cue), a date. */
const packed = (codes: string[], themes: Record<string, boolean>, date: string | null = null) =>
  JSON.stringify({
    c: codes.map((code) => [code, 'NQ', '1', 'TW', 0, [`${code}@2017`, 'unique'], 1, []]),
    t: Object.entries(themes).map(([id, detected]) => [id, 0.5, detected ? 1 : 0, [], []]),
    b: [date, date ? Number(date.slice(0, 4)) : null, 'p']
  })
const shard = (articles: Record<string, string>) => {
  const index = new RelatedShardIndex()
  index.refresh(new Map(Object.entries(articles)))
  return index
}
const criteria = (over: Partial<RelatedCriteria> = {}): RelatedCriteria => ({
  documents: [{ name: '18-NQ/TW@2017', code: '18-NQ/TW', key: '18-NQ/TW@2017' }],
  themes: [
    { theme: 'apparatus-streamlining', confirmed: false },
    { theme: 'cadre-training', confirmed: false }
  ],
  confirmed: {},
  rejected: {},
  exclude: ['open'],
  ...over
})
/** `id:score` best first. */
const ranked = (index: RelatedShardIndex, c: RelatedCriteria, limit = 10) =>
  index
    .query(c, null, limit)
    .best.map((entry) => `${entry.id}:${entry.score}`)
    .join(' ')

const articles = {
  open: packed(['18-NQ/TW'], { 'apparatus-streamlining': true }),
  doc: packed(['18-NQ/TW'], { 'apparatus-streamlining': true }),
  themes: packed([], { 'apparatus-streamlining': true, 'cadre-training': true }),
  faint: packed([], { 'apparatus-streamlining': false }),
  other: packed(['57-NQ/TW'], { emulation: true })
}

describe('RelatedShardIndex', () => {
  it('ranks a shared document above two shared themes, leaves out faint cues and the open article', () => {
    expect(ranked(shard(articles), criteria())).toBe('doc:5 themes:2')
  })

  it('counts nothing for a theme rejected on the other article, more for one confirmed on either side', () => {
    const index = shard(articles)
    const rejected = criteria({ rejected: { 'apparatus-streamlining': ['themes'] } })
    expect(ranked(index, rejected)).toBe('doc:5 themes:1')
    const confirmedThere = criteria({ confirmed: { 'apparatus-streamlining': ['faint', 'themes'] } })
    expect(ranked(index, confirmedThere)).toBe('doc:5 themes:2.5 faint:1.5')
    const confirmedHere = criteria({ themes: [{ theme: 'cadre-training', confirmed: true }] })
    expect(ranked(index, confirmedHere)).toBe('doc:4 themes:1.5')
    // Confirmed by the user with no cue at all: still the theme.
    expect(ranked(index, criteria({ confirmed: { 'cadre-training': ['other'] } }))).toBe('doc:5 themes:2 other:1.5')
  })

  it('gives each reason, the total, and the best `limit`', () => {
    const { best, total } = shard(articles).query(criteria(), null, 1)
    expect(total).toBe(2)
    expect(best.map((entry) => entry.reasons)).toEqual([
      [
        { kind: 'document', code: '18-NQ/TW', key: '18-NQ/TW@2017' },
        { kind: 'theme', theme: 'apparatus-streamlining', confirmed: false }
      ]
    ])
  })

  it('breaks ties by the nearest date, then the newer, and follows changed and removed articles', () => {
    const dated = {
      far: packed([], { emulation: true }, '2020-01-01'),
      before: packed([], { emulation: true }, '2024-05-01'),
      after: packed([], { emulation: true }, '2024-07-01'),
      undated: packed([], { emulation: true })
    }
    const index = shard(dated)
    const emulation = criteria({ documents: [], themes: [{ theme: 'emulation', confirmed: false }] })
    const order = () => index.query(emulation, dayOf('2024-06-01'), 10).best.map((entry) => entry.id)
    expect(order()).toEqual(['after', 'before', 'far', 'undated'])
    const rest = { before: dated.before, undated: dated.undated }
    expect(index.refresh(new Map(Object.entries({ ...rest, after: packed([], { emulation: false }) })))).toBe(1)
    expect(order()).toEqual(['before', 'undated'])
  })
})

describe('relatedOrder', () => {
  it('puts the nearest date first on a tie, then the newer, then the undated', () => {
    const source = dayOf('2024-06-01')
    const entries = [
      { id: 'far', score: 1, day: dayOf('2020-01-01') },
      { id: 'undated', score: 1, day: null },
      { id: 'before', score: 1, day: dayOf('2024-05-01') },
      { id: 'after', score: 1, day: dayOf('2024-07-01') },
      { id: 'best', score: 2, day: null }
    ]
    expect(entries.sort(relatedOrder(source)).map((e) => e.id)).toEqual(['best', 'after', 'before', 'far', 'undated'])
    expect(dayOf(null, 2024)).toBe(dayOf('2024-07-01'))
  })
})

describe('relatedSource', () => {
  const mention = (paragraph: number, start: number) => ({
    text: '18-NQ/TW',
    form: 'code' as const,
    paragraph,
    start,
    end: start + 8,
    sentence: { text: '', start, end: start + 20 }
  })
  const theme = (id: string, start: number, detected = true) => ({
    id,
    strength: 0.5,
    detected,
    documents: [],
    ontologyVersion: '1',
    evidence: [{ paragraph: 1, cues: [{ cue: 'x', weight: 1, start, end: start + 4 }] }]
  })
  const analysis: IndexedAnalysis = {
    contentHash: 'h',
    citations: [
      {
        id: '18-NQ/TW',
        kind: 'NQ',
        number: '18',
        issuer: 'TW',
        form: 'code',
        confidence: 1,
        mentions: [mention(0, 10)],
        resolved: null
      },
      {
        id: '57-NQ/TW',
        kind: 'NQ',
        number: '57',
        issuer: 'TW',
        form: 'code',
        confidence: 1,
        mentions: [mention(2, 300)],
        resolved: null
      }
    ],
    themes: [theme('apparatus-streamlining', 120), theme('cadre-training', 400), theme('emulation', 130, false)]
  }
  const decided = (themeId: string, verdict: 'confirmed' | 'rejected'): ThemeDecision => ({
    id: `a ${themeId}`,
    articleId: 'a',
    themeId,
    verdict,
    by: 'me',
    at: '2025-01-01T00:00:00Z',
    suggestion: null
  })
  const names = (basis: ReturnType<typeof relatedSource>['basis']) =>
    [...basis.documents.map((d) => d.code), ...basis.themes.map((t) => `${t.theme}${t.confirmed ? '!' : ''}`)].join(' ')

  it('counts every document and detected theme of the article, never a rejected one', () => {
    expect(names(relatedSource(analysis, []).basis)).toBe('18-NQ/TW 57-NQ/TW apparatus-streamlining cadre-training')
    const decisions = [decided('cadre-training', 'rejected'), decided('emulation', 'confirmed')]
    expect(names(relatedSource(analysis, decisions).basis)).toBe('18-NQ/TW 57-NQ/TW apparatus-streamlining emulation!')
  })

  it('narrows to what a range holds', () => {
    expect(names(relatedSource(analysis, [], { start: 0, end: 150 }).basis)).toBe('18-NQ/TW apparatus-streamlining')
    expect(names(relatedSource(analysis, [], { start: 290, end: 420 }).basis)).toBe('57-NQ/TW cadre-training')
    expect(names(relatedSource(analysis, [], { start: 200, end: 250 }).basis)).toBe('')
  })
})
