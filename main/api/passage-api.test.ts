// The passages view's method through the API, on the running services over the bundled samples:
// its input checked where it arrives, and its answers for passages highlighted through the API
// (a tag across two articles, a colour, a theme confirmed for one article).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnnotationView, Tag } from '../../common/model/annotation-types'
import type { Article } from '../../common/model/article-types'
import type { IndexedAnalysis } from '../../common/model/intelligence-types'
import type { PassagePage } from '../../common/model/passages'
import { articleText, blockStarts } from '../../common/text/article-text'
import { until } from '../../tests/support/until'
import type { Services } from '../app/start-services'
import type { ApiMethodName } from '../../common/api/method-names'
import { callApi, startSampleApp, type SampleApp } from '../../tests/support/sample-app'
import { dispatch } from './dispatch'

let app: SampleApp
let services: Services
const call = <T>(method: ApiMethodName, input: unknown) => callApi(services)<T>(method, input)
const refusal = async (input: unknown) => {
  const answer = await dispatch(services.handlers, 'listPassages', input)
  return answer.ok ? null : answer.error
}

beforeAll(async () => {
  app = await startSampleApp('passages-api')
  services = app.services
}, 60_000)
afterAll(() => app?.close())

describe('listPassages', () => {
  it('refuses input it cannot answer, saying why', async () => {
    expect(await refusal({ filter: { includeSubTags: true } })).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('Sub-tags go with a tag')
    })
    expect((await refusal({ sort: 'newest' }))?.message).toContain('Sort by')
    expect((await refusal({ limit: 501 }))?.message).toContain('At most 500')
    expect(await refusal({ filter: { color: 'red' } })).toMatchObject({ code: 'invalid-input' })
    expect(await refusal({ filter: { tag: '../etc' } })).toMatchObject({ code: 'invalid-input' })
    expect(await refusal({ filter: { linkKind: 'rebuts' } })).toMatchObject({ code: 'invalid-input' })
    expect(await refusal({ offset: -1 })).toMatchObject({ code: 'invalid-input' })
    expect(await refusal({ limit: 2.5 })).toMatchObject({ code: 'invalid-input' })
    // Everything has a default: an empty call lists every passage, newest article first.
    expect(await call<PassagePage>('listPassages', {})).toMatchObject({ total: 0, offset: 0, passages: [] })
  })

  it(
    'lists a tag across two articles, filters by colour, and finds passages in a confirmed theme’s evidence',
    { timeout: 60_000 },
    async () => {
      const [first, second] = services.library.list()
      if (!first || !second) throw new Error('the samples are not listed')
      const texts = new Map<string, string>()
      for (const { id } of [first, second])
        texts.set(id, articleText((await call<Article>('getArticle', { id })).blocks))
      const highlight = (articleId: string, at: number, color: string, extra: object = {}) =>
        call<AnnotationView>('createAnnotation', { articleId, start: at, end: at + 12, color, ...extra })

      const one = await highlight(first.id, 40, 'yellow', { newTags: ['ปฏิรูป'], note: 'บันทึก' })
      const tag = (await call<Tag[]>('listTags', {}))[0] as Tag
      await highlight(second.id, 80, 'green', { tags: [tag.id] })
      await highlight(second.id, 20, 'green')

      const tagged = await call<PassagePage>('listPassages', { filter: { tag: tag.id }, sort: 'date-asc' })
      expect(tagged).toMatchObject({ total: 2, articles: 2 })
      expect(new Set(tagged.passages.map((p) => p.articleId))).toEqual(new Set([first.id, second.id]))
      expect(tagged.passages.find((p) => p.id === one.id)).toMatchObject({
        quote: texts.get(first.id)?.slice(40, 52),
        note: 'บันทึก'
      })
      expect(tagged.headers[first.id]).toMatchObject({ title: first.title, outlet: first.outlet, inLibrary: true })
      const green = await call<PassagePage>('listPassages', { filter: { color: 'green' } })
      expect(green.passages.map((p) => p.quote)).toEqual([
        texts.get(second.id)?.slice(20, 32),
        texts.get(second.id)?.slice(80, 92)
      ])

      // A theme with evidence in the first article: a highlight in an evidence paragraph carries it once confirmed.
      let analysis: IndexedAnalysis | null = null
      await until(async () => (analysis = await call('getArticleAnalysis', { id: first.id })), 'an analysis', 40_000)
      const theme = (analysis as IndexedAnalysis | null)?.themes.find((candidate) =>
        candidate.evidence.some((e) => e.paragraph >= 0)
      )
      if (!theme) throw new Error('no theme with evidence in the first sample')
      const paragraph = theme.evidence.find((e) => e.paragraph >= 0)?.paragraph ?? 0
      const blocks = (await call<Article>('getArticle', { id: first.id })).blocks
      const inEvidence = await highlight(first.id, (blockStarts(blocks)[paragraph] ?? 0) + 1, 'purple')
      const byTheme = () => call<PassagePage>('listPassages', { filter: { theme: theme.id } })
      expect((await byTheme()).total).toBe(0) // detected, not yet confirmed
      await call('setThemeDecisions', { decisions: [{ articleId: first.id, themeId: theme.id, verdict: 'confirmed' }] })
      expect((await byTheme()).passages.map((p) => p.id)).toContain(inEvidence.id)
      expect((await byTheme()).passages.every((p) => p.articleId === first.id)).toBe(true)
    }
  )
})
