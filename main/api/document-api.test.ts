// The documents view's methods through the API, on the running services over the bundled samples:
// input checked where it arrives; the cited documents with their counts and months; one document's
// citing sentences at their offsets in the article text; a doubtful resolution confirmed, undone,
// corrected and rejected, each announced by a change event and honoured by the About tab's analysis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangesAnswer } from '../../common/api/change-events'
import type { Article } from '../../common/model/article-types'
import type { CitationReview, DocumentCitations, DocumentList } from '../../common/model/documents'
import type { IndexedAnalysis } from '../../common/model/intelligence-types'
import { articleText } from '../../common/text/article-text'
import { until } from '../../tests/support/until'
import { callApi, startSampleApp, type SampleApp } from '../../tests/support/sample-app'
import type { ApiMethodName } from '../../common/api/method-names'
import { dispatch } from './dispatch'

let app: SampleApp
const call = <T>(method: ApiMethodName, input: unknown) => callApi(app.services)<T>(method, input)
const refusal = async (method: ApiMethodName, input: unknown) => {
  const answer = await dispatch(app.services.handlers, method, input)
  return answer.ok ? null : answer.error
}
const RESOLUTION = '18-NQ/TW@2017'
const entry = async (id: string) =>
  (await call<DocumentList>('listDocuments', { sort: 'code' })).documents.find((d) => d.id === id)
const citing = (document: string) => call<DocumentCitations>('getDocumentCitations', { document })
const version = async () => (await call<ChangesAnswer>('waitForChanges', { since: 0, timeoutMs: 0 })).version

beforeAll(async () => {
  app = await startSampleApp('documents-api')
  await until(async () => (await entry(RESOLUTION)) ?? null, 'the samples’ citations', 50_000)
}, 60_000)
afterAll(() => app?.close())

describe('documents through the API', () => {
  it('refuses input it cannot answer, saying why', async () => {
    expect((await refusal('listDocuments', { sort: 'popular' }))?.message).toContain('Sort by')
    expect(await refusal('getDocumentCitations', { document: '' })).toMatchObject({ code: 'invalid-input' })
    expect(await refusal('getDocumentCitations', { document: 'a\nb' })).toMatchObject({ code: 'invalid-input' })
    expect((await refusal('decideCitations', { decisions: [] }))?.message).toContain('at least one')
    const article = app.services.library.list()[0]?.id
    expect(
      (await refusal('decideCitations', { decisions: [{ articleId: article, citation: 'x', verdict: 'corrected' }] }))
        ?.message
    ).toContain('names the document')
    expect(await refusal('listCitationReview', { filter: 'maybe' })).toMatchObject({ code: 'invalid-input' })
  })

  it('lists the cited documents with counts and months, and a document’s sentences at their offsets', async () => {
    const list = await call<DocumentList>('listDocuments', {})
    expect(list.state).toBe('ready')
    expect(list.documents.map((d) => d.code)).toEqual(
      expect.arrayContaining(['18-NQ/TW', '57-NQ/TW', '01-KL/TW', '05-CT/TW', '02-PA/TU'])
    )
    expect(await entry(RESOLUTION)).toMatchObject({ articles: 1, doubtful: 1, months: [['2025-02', 1]], term: 'XII' })
    const { document, articles, known } = await citing(RESOLUTION)
    expect(document?.title).toBeTruthy()
    expect(known.map((k) => k.key)).toContain('18-NQ/TW@2022')
    const [first] = articles
    expect(first).toMatchObject({ doubtful: true, by: 'context', confidence: 0.6, citation: '18-NQ/TW' })
    const text = articleText((await call<Article>('getArticle', { id: first?.article.id })).blocks)
    expect(first?.sentences.length).toBeGreaterThan(0)
    for (const sentence of first?.sentences ?? []) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
      expect(sentence.text).toContain('18')
    }
    const review = await call<CitationReview>('listCitationReview', {})
    expect(review.rows.map((row) => [row.citation, row.suggested])).toEqual([['18-NQ/TW', RESOLUTION]])
    const ofDocument = (document: string) => call<CitationReview>('listCitationReview', { document })
    expect((await ofDocument(RESOLUTION)).total).toBe(1)
    expect((await ofDocument('57-NQ/TW@2024')).total).toBe(0)
  })

  it(
    'confirms, undoes, corrects and rejects a doubtful resolution; the About tab follows',
    { timeout: 30_000 },
    async () => {
      const articleId = (await citing(RESOLUTION)).articles[0]?.article.id as string
      const decide = (verdict: string | null, document?: string) =>
        call('decideCitations', { decisions: [{ articleId, citation: '18-NQ/TW', verdict, document }] })
      const about = async () =>
        (await call<IndexedAnalysis>('getArticleAnalysis', { id: articleId })).citations.find(
          (c) => c.id === '18-NQ/TW'
        )

      const before = await version()
      await decide('confirmed')
      expect(await entry(RESOLUTION)).toMatchObject({ articles: 1, doubtful: 0 })
      expect(await about()).toMatchObject({
        decided: 'confirmed',
        confidence: 1,
        resolved: { key: RESOLUTION, by: 'user' }
      })
      const answer = await call<ChangesAnswer>('waitForChanges', { since: before, timeoutMs: 1000 })
      expect(answer.kind === 'changes' && answer.events).toContainEqual({
        kind: 'citation-decisions',
        articles: [articleId],
        documents: expect.arrayContaining([RESOLUTION])
      })
      expect((await call<CitationReview>('listCitationReview', { filter: 'decided' })).rows).toHaveLength(1)

      await call('undo', {})
      expect(await entry(RESOLUTION)).toMatchObject({ doubtful: 1 })
      expect((await about())?.decided).toBeUndefined()

      await decide('corrected', '18-NQ/TW@2022')
      expect(await entry(RESOLUTION)).toBeUndefined()
      expect(await entry('18-NQ/TW@2022')).toMatchObject({ articles: 1, date: '2022-06-16' })
      expect(
        (await call<{ articles: string[] }>('listCitingArticles', { document: '18-NQ/TW@2022' })).articles
      ).toEqual([articleId])
      expect((await about())?.resolved?.key).toBe('18-NQ/TW@2022')

      await decide('rejected')
      expect(await entry('18-NQ/TW')).toMatchObject({ state: 'unknown-code', articles: 1 })
      expect((await about())?.resolved).toBeNull()
      expect(
        (
          await refusal('decideCitations', {
            decisions: [{ articleId, citation: '18-NQ/TW', verdict: 'corrected', document: '1-X/Y@1990' }]
          })
        )?.message
      ).toContain('known-documents')
      await decide(null)
      expect(await entry(RESOLUTION)).toMatchObject({ doubtful: 1 })
    }
  )
})
