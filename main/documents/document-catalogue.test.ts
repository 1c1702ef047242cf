// The catalogue from citations in brief: counts by article (not by mention), months, the
// unresolved Thai references, the three orders, and the user's verdicts moving citations.
import { describe, expect, it } from 'vitest'
import type { KnownDocument } from '../../common/model/intelligence-data'
import { citationDecisionId, type CitationDecision } from '../../common/model/documents'
import type { CitationBrief, CitationDigest } from './shard-citations'
import { DocumentCatalogue } from './document-catalogue'
import { honourVerdicts } from './honour-verdicts'

const known = (key: string, date: string, th: string): KnownDocument => {
  const [id = ''] = key.split('@')
  const [number = '', rest = ''] = id.split('-')
  const [kind = '', issuer = ''] = rest.split('/')
  void number
  return { key, id, kind, issuer, issuerName: 'Bộ Chính trị', term: 'XII', date, certain: true, title: { en: th, th } }
}
const KNOWN = [
  known('18-NQ/TW@2017', '2017-10-25', 'ว่าด้วยการปรับปรุงกลไก'),
  known('18-NQ/TW@2022', '2022-06-16', 'ว่าด้วยที่ดิน'),
  known('57-NQ/TW@2024', '2024-12-22', 'ว่าด้วยวิทยาศาสตร์')
]
const code = (id: string, key: string | null, confidence = 1, by = 'unique'): CitationBrief => {
  const [number = '', rest = ''] = id.split('-')
  return [id, rest.split('/')[0] ?? '', number, rest.split('/')[1] ?? null, key, key && by, confidence]
}
const thai = (kind: string, number: string): CitationBrief => [null, kind, number, null, null, null, 0.5]

const DIGEST: CitationDigest = [
  ['a1', [code('18-NQ/TW', '18-NQ/TW@2017', 0.6, 'context'), code('57-NQ/TW', '57-NQ/TW@2024')]],
  ['a2', [code('18-NQ/TW', '18-NQ/TW@2017', 1, 'date')]],
  ['a3', [code('57-NQ/TW', '57-NQ/TW@2024'), thai('NQ', '406')]],
  ['a4', [code('99-KL/TW', null, 0.8)]]
]
const DATES: Record<string, string | null> = { a1: '2025-02-28', a2: '2025-02-03', a3: '2025-10-18', a4: null }

function catalogue(decisions: CitationDecision[] = []) {
  return new DocumentCatalogue({
    digest: async () => DIGEST,
    known: () => KNOWN,
    decisions: () => new Map(decisions.map((d) => [d.id, d])),
    dateOf: () => (id) => DATES[id] ?? null
  })
}
const decision = (
  articleId: string,
  citation: string,
  verdict: CitationDecision['verdict'],
  document: string | null
) => ({
  id: citationDecisionId(articleId, citation),
  articleId,
  citation,
  verdict,
  document,
  suggestion: null,
  by: 'test',
  at: '2026-01-01T00:00:00Z'
})

describe('DocumentCatalogue', () => {
  it('counts articles per document and month, marks doubt, and lists Thai references apart', async () => {
    const list = await catalogue().list('most-cited')
    expect(list.state).toBe('ready')
    expect(list.documents.map((d) => [d.id, d.articles, d.doubtful, d.state])).toEqual([
      ['57-NQ/TW@2024', 2, 0, 'known'],
      ['18-NQ/TW@2017', 2, 1, 'known'],
      ['99-KL/TW', 1, 0, 'unknown-code']
    ])
    const resolution = list.documents[1]
    expect(resolution).toMatchObject({ code: '18-NQ/TW', kind: 'NQ', issuer: 'TW', term: 'XII', date: '2017-10-25' })
    expect(resolution?.months).toEqual([['2025-02', 2]])
    expect(list.documents[2]).toMatchObject({ months: [], undated: 1, title: null })
    expect(list.unresolved.map((d) => [d.id, d.state, d.articles])).toEqual([['th:NQ 406', 'unresolved', 1]])
  })

  it('sorts by newest document and by code', async () => {
    const ids = async (sort: 'newest' | 'code') => (await catalogue().list(sort)).documents.map((d) => d.id)
    expect(await ids('newest')).toEqual(['57-NQ/TW@2024', '18-NQ/TW@2017', '99-KL/TW'])
    expect(await ids('code')).toEqual(['99-KL/TW', '18-NQ/TW@2017', '57-NQ/TW@2024'])
  })

  it('moves a corrected citation to the chosen document, and a rejected one to its code', async () => {
    const corrected = catalogue([decision('a1', '18-NQ/TW', 'corrected', '18-NQ/TW@2022')])
    const list = await corrected.list('code')
    expect(list.documents.find((d) => d.id === '18-NQ/TW@2017')).toMatchObject({ articles: 1, doubtful: 0 })
    expect(list.documents.find((d) => d.id === '18-NQ/TW@2022')).toMatchObject({ articles: 1, title: 'ว่าด้วยที่ดิน' })
    expect(await corrected.citingArticles('18-NQ/TW')).toEqual(expect.arrayContaining(['a1', 'a2']))
    expect(await corrected.citingArticles('18-NQ/TW@2022')).toEqual(['a1'])

    const rejected = catalogue([decision('a1', '18-NQ/TW', 'rejected', null)])
    const after = await rejected.list('most-cited')
    expect(after.documents.find((d) => d.id === '18-NQ/TW')).toMatchObject({ state: 'unknown-code', articles: 1 })
    expect(await rejected.citingArticles('18-NQ/TW@2017')).toEqual(['a2'])
  })

  it('tells what detection said, for a verdict, and nothing for a citation the article lacks', async () => {
    expect(await catalogue().suggestion('a1', '18-NQ/TW')).toEqual({
      key: '18-NQ/TW@2017',
      confidence: 0.6,
      by: 'context'
    })
    expect(await catalogue().suggestion('a2', '57-NQ/TW')).toBeUndefined()
  })

  it('puts the verdict into an article’s analysis', () => {
    const citation = {
      id: '18-NQ/TW',
      kind: 'NQ',
      number: '18',
      issuer: 'TW',
      form: 'code' as const,
      resolved: { key: '18-NQ/TW@2017', title: '', date: '2017-10-25', term: 'XII', by: 'context' as const },
      confidence: 0.6,
      mentions: []
    }
    const analysis = { citations: [citation], themes: [], contentHash: 'h' }
    const verdicts = new Map([['a1 18-NQ/TW', decision('a1', '18-NQ/TW', 'corrected', '18-NQ/TW@2022')]])
    const byKey = new Map(KNOWN.map((doc) => [doc.key, doc]))
    expect(honourVerdicts('a1', analysis, verdicts, byKey)?.citations[0]).toMatchObject({
      resolved: { key: '18-NQ/TW@2022', date: '2022-06-16', by: 'user' },
      confidence: 1,
      decided: 'corrected'
    })
    expect(honourVerdicts('a2', analysis, verdicts, byKey)?.citations[0]).toBe(citation)
  })
})
