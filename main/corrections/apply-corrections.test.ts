// Corrections laid over the parser's reading: the user's value wins and is certain, the parser's is
// kept beside it, and "needs a look" is what the parser left unsure and the user has not fixed.
import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../common/model/article-types'
import type { ArticleCorrection } from '../../common/model/article-correction'
import { applyCorrection, applyToArticle, applyToSummaries, needsLook } from './apply-corrections'

const summary = (over: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id: 'a1',
  title: 'การปฏิรูปกลไก',
  titleDerived: false,
  titleConfidence: 0.95,
  titleHow: 'Markdown title, line 1',
  outlet: 'Kinhtedothi',
  outletConfidence: 0.95,
  date: '2024-05-01',
  dateConfidence: 0.95,
  year: 2024,
  sourceUrl: null,
  warnings: [],
  folder: 'Bundled sample articles',
  file: 'a.txt',
  annotationCount: 0,
  contentHash: '0123456789abcdef',
  ...over
})
const by = { by: 'researcher', at: '2026-12-03T10:00:00.000Z' }
const correction = (fields: ArticleCorrection['fields']): ArticleCorrection => ({ articleId: 'a1', fields })

describe('needsLook', () => {
  it.each<[string, Partial<ArticleSummary>, boolean]>([
    ['a clear header', {}, false],
    ['no outlet', { outlet: null, outletConfidence: 0 }, true],
    ['a guessed outlet', { outletConfidence: 0.4 }, true],
    ['no date (a year alone is not one)', { date: null, dateConfidence: 0, year: 2024 }, true],
    ['a title from the first paragraph', { titleDerived: true, titleConfidence: 0.35 }, true]
  ])('%s: %s', (_, over, expected) => {
    expect(needsLook(summary(over))).toBe(expected)
  })
})

describe('applyCorrection', () => {
  it('marks nothing and passes the parser’s reading on without a correction', () => {
    expect(applyCorrection(summary({ outlet: null }), undefined)).toMatchObject({ outlet: null, needsLook: true })
    expect(applyCorrection(summary(), undefined).corrected).toBeUndefined()
  })

  it('puts the user’s values in, certain, with the parser’s beside them', () => {
    const parsed = summary({ outlet: null, outletConfidence: 0, date: null, dateConfidence: 0, year: null })
    const applied = applyCorrection(
      parsed,
      correction({ outlet: { value: 'Báo Hà Nội Mới', ...by }, date: { value: '2025-03-18', ...by } })
    )
    expect(applied).toMatchObject({
      outlet: 'Báo Hà Nội Mới',
      outletConfidence: 1,
      date: '2025-03-18',
      dateConfidence: 1,
      year: 2025,
      title: 'การปฏิรูปกลไก', // not corrected: the parser's
      needsLook: false
    })
    expect(applied.corrected).toEqual({ outlet: { parsed: null, ...by }, date: { parsed: null, ...by } })
  })

  it('keeps needing a look while another unsure field is left', () => {
    const parsed = summary({ outlet: null, outletConfidence: 0, date: null, dateConfidence: 0 })
    expect(applyCorrection(parsed, correction({ date: { value: '2025-03-18', ...by } })).needsLook).toBe(true)
  })

  it('corrects a guessed title and a source address', () => {
    const parsed = summary({ titleDerived: true, titleConfidence: 0.35, title: 'คณะกรรมการพรรคได้ประชุม…' })
    const applied = applyCorrection(
      parsed,
      correction({ title: { value: 'ประชุมคณะกรรมการพรรค', ...by }, sourceUrl: { value: 'https://x.vn/a', ...by } })
    )
    expect(applied).toMatchObject({ title: 'ประชุมคณะกรรมการพรรค', titleDerived: false, sourceUrl: 'https://x.vn/a' })
    expect(applied.corrected?.title?.parsed).toBe('คณะกรรมการพรรคได้ประชุม…')
    expect(applied.needsLook).toBe(false)
  })

  it('applies to lists and articles by id, leaving others as parsed', () => {
    const lookup = (id: string) => (id === 'a1' ? correction({ outlet: { value: 'Nhân Dân', ...by } }) : undefined)
    const [one, two] = applyToSummaries([summary(), summary({ id: 'a2' })], lookup)
    expect([one?.outlet, two?.outlet]).toEqual(['Nhân Dân', 'Kinhtedothi'])
    expect(applyToArticle({ summary: summary(), blocks: [] }, lookup)?.summary.outlet).toBe('Nhân Dân')
    expect(applyToArticle(undefined, lookup)).toBeUndefined()
  })
})
