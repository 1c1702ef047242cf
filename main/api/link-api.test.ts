// The link methods through the API, on the running services over the bundled samples: input
// checked where it arrives, a link between two Thai articles listed from both, its change event
// naming both articles, undone with Ctrl+Z's method, and the passages view's link-kind filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnnotationView } from '../../common/model/annotation-types'
import type { Article } from '../../common/model/article-types'
import type { Link, LinkView } from '../../common/model/link-types'
import type { PassagePage } from '../../common/model/passages'
import type { ChangesAnswer } from '../../common/api/change-events'
import type { ApiMethodName } from '../../common/api/method-names'
import { articleText } from '../../common/text/article-text'
import type { Services } from '../app/start-services'
import { callApi, startSampleApp, type SampleApp } from '../../tests/support/sample-app'
import { dispatch } from './dispatch'

let app: SampleApp
let services: Services
const call = <T>(method: ApiMethodName, input: unknown) => callApi(services)<T>(method, input)
const refusal = async (method: ApiMethodName, input: unknown) => {
  const answer = await dispatch(services.handlers, method, input)
  return answer.ok ? null : answer.error
}

beforeAll(async () => {
  app = await startSampleApp('links-api')
  services = app.services
}, 60_000)
afterAll(() => app?.close())

describe('link methods', () => {
  it('refuses input it cannot answer, saying why', async () => {
    const end = { articleId: 'a', start: 0, end: 4 }
    expect((await refusal('createLink', { from: end, to: end, kind: 'rebuts' }))?.message).toContain(
      'A link kind is one of'
    )
    expect((await refusal('createLink', { from: { ...end, end: 0 }, to: end, kind: 'cites' }))?.message).toContain(
      'not empty'
    )
    expect(await refusal('createLink', { from: { ...end, articleId: '../x' }, to: end, kind: 'cites' })).toMatchObject({
      code: 'invalid-input'
    })
    expect((await refusal('updateLink', { id: 'n00', note: '' }))?.message).toContain('Not a link id')
    expect((await refusal('updateLink', { id: 'l0000000000000000' }))?.message).toContain('a new kind or a new note')
    expect(await refusal('deleteLink', { id: 'l0000000000000000' })).toMatchObject({ code: 'not-found' })
    expect(await refusal('createLink', { from: { ...end, articleId: 'gone' }, to: end, kind: 'cites' })).toMatchObject({
      code: 'not-found'
    })
  })

  it(
    'links two Thai articles, lists it from both, names both in its event, filters passages by kind, and undoes',
    { timeout: 60_000 },
    async () => {
      const [first, second] = services.library.list()
      if (!first || !second) throw new Error('the samples are not listed')
      const text = async (id: string) => articleText((await call<Article>('getArticle', { id })).blocks)
      const [one, two] = [await text(first.id), await text(second.id)]
      const { version: since } = await call<ChangesAnswer>('waitForChanges', { since: 0, timeoutMs: 0 })
      const link = await call<Link>('createLink', {
        from: { articleId: first.id, start: 40, end: 60 },
        to: { articleId: second.id, start: 100, end: 130 },
        kind: 'supports',
        note: 'ยืนยันกัน'
      })
      const [fromFirst] = await call<LinkView[]>('listLinks', { articleId: first.id })
      expect(fromFirst).toMatchObject({
        id: link.id,
        kind: 'supports',
        note: 'ยืนยันกัน',
        here: { quote: one.slice(40, 60), anchor: { status: 'exact', start: 40, end: 60 } },
        there: { articleId: second.id, quote: two.slice(100, 130), title: second.title, outlet: second.outlet }
      })
      expect((await call<LinkView[]>('listLinks', { articleId: second.id }))[0]?.there.articleId).toBe(first.id)
      const answer = await call<ChangesAnswer>('waitForChanges', { since, timeoutMs: 0 })
      const events = answer.kind === 'changes' ? answer.events : []
      expect(events).toContainEqual({ kind: 'links', articles: [first.id, second.id] })

      // A highlight overlapping an end carries the link's kind in the passages view; one elsewhere does not.
      const inside = await call<AnnotationView>('createAnnotation', {
        articleId: second.id,
        start: 120,
        end: 140,
        color: 'blue'
      })
      await call('createAnnotation', { articleId: second.id, start: 10, end: 20, color: 'blue' })
      const byKind = (linkKind: string) => call<PassagePage>('listPassages', { filter: { linkKind } })
      expect((await byKind('supports')).passages.map((p) => p.id)).toEqual([inside.id])
      expect((await byKind('contradicts')).total).toBe(0)
      await call('updateLink', { id: link.id, kind: 'contradicts' })
      expect((await byKind('contradicts')).passages.map((p) => p.id)).toEqual([inside.id])

      await call('undo', {}) // the second highlight
      await call('undo', {}) // the first
      await call('undo', {}) // the kind
      expect(await call('undo', {})).toEqual({ undone: 'link passages' })
      expect(await call<LinkView[]>('listLinks', { articleId: first.id })).toEqual([])
    }
  )
})
