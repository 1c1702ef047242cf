// The related-passages method through the API, on the running services over the bundled samples:
// its input checked where it arrives; another article's passage listed with its outlet, date and
// reason, its range pointing at the snippet's text; a selected range narrowing what counts; and a
// theme rejected for the open article no longer relating it to others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../common/model/article-types'
import type { IndexedAnalysis } from '../../common/model/intelligence-types'
import type { RelatedAnswer } from '../../common/model/related'
import { articleText } from '../../common/text/article-text'
import type { Services } from '../app/start-services'
import type { ApiMethodName } from '../../common/api/method-names'
import { callApi, startSampleApp, type SampleApp } from '../../tests/support/sample-app'
import { dispatch } from './dispatch'

let app: SampleApp
let services: Services
const call = <T>(method: ApiMethodName, input: unknown) => callApi(services)<T>(method, input)
const related = (input: object) => call<RelatedAnswer>('getRelated', { limit: 20, ...input })

beforeAll(async () => {
  app = await startSampleApp('related-api')
  services = app.services
}, 60_000)
afterAll(() => app?.close())

describe('getRelated', () => {
  it('refuses input it cannot answer, saying why', async () => {
    const refusal = async (input: unknown) => {
      const answer = await dispatch(services.handlers, 'getRelated', input)
      return answer.ok ? null : answer.error
    }
    expect(await refusal({ articleId: '../x' })).toMatchObject({ code: 'invalid-input' })
    const id = services.library.list()[0]?.id
    expect((await refusal({ articleId: id, range: { start: 5, end: 5 } }))?.message).toContain('The range is empty')
    expect(await refusal({ articleId: id, limit: 0 })).toMatchObject({ code: 'invalid-input' })
    expect(await refusal({ articleId: 'not-there' })).toMatchObject({ code: 'not-found' })
  })

  it(
    'lists other articles’ passages with outlet, date and reason, narrows to a range, drops a rejected theme',
    {
      timeout: 60_000
    },
    async () => {
      const ids = services.library.list().map((summary) => summary.id)
      const answers = new Map<string, RelatedAnswer>()
      for (const id of ids) {
        // Pending until the index has analysed the article.
        let answer = await related({ articleId: id })
        for (let tries = 0; answer.state !== 'ready' && tries < 300; tries++) {
          await new Promise((done) => setTimeout(done, 100))
          answer = await related({ articleId: id })
        }
        answers.set(id, answer)
      }
      const [openId, answer] = [...answers].find(([, a]) => a.passages.length > 0) ?? []
      if (!openId || !answer) throw new Error('no sample article relates to another')
      for (const passage of answer.passages) {
        expect(passage.articleId).not.toBe(openId)
        expect(passage.reasons.length).toBeGreaterThan(0)
        expect(passage.snippet.length).toBeGreaterThan(0)
        if (!passage.range) continue
        const text = articleText((await call<Article>('getArticle', { id: passage.articleId })).blocks)
        // The snippet is a piece of the passage the range points at.
        expect(text.slice(passage.range.start, passage.range.end)).toContain(passage.snippet.slice(0, 20))
      }
      expect(answer.passages.some((p) => p.outlet !== null && p.date !== null)).toBe(true)
      const scores = answer.passages.map((p) => p.score)
      expect([...scores].sort((a, b) => b - a)).toEqual(scores)

      // A range around one theme cue counts that theme alone (and whatever the range cites).
      const analysis = await call<IndexedAnalysis>('getArticleAnalysis', { id: openId })
      const theme = analysis.themes.find((t) => t.detected && t.evidence.some((e) => e.paragraph >= 0))
      if (theme) {
        const cue = theme.evidence.find((e) => e.paragraph >= 0)?.cues[0]
        if (!cue) throw new Error('no cue')
        const narrowed = await related({ articleId: openId, range: { start: cue.start, end: cue.end } })
        expect(narrowed.basis.themes.map((t) => t.theme)).toContain(theme.id)
        expect(narrowed.basis.themes.length).toBeLessThanOrEqual(answer.basis.themes.length)
        for (const passage of narrowed.passages)
          expect(
            passage.reasons.every(
              (r) => r.kind === 'document' || narrowed.basis.themes.some((t) => t.theme === r.theme)
            )
          ).toBe(true)

        // Rejected for the open article, the theme relates it to nothing.
        await call('setThemeDecisions', { decisions: [{ articleId: openId, themeId: theme.id, verdict: 'rejected' }] })
        const after = await related({ articleId: openId })
        expect(after.basis.themes.map((t) => t.theme)).not.toContain(theme.id)
        expect(after.passages.flatMap((p) => p.reasons).some((r) => r.kind === 'theme' && r.theme === theme.id)).toBe(
          false
        )
      }
    }
  )
})
