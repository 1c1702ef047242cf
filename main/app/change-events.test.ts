// The long poll through the API, as the renderer uses it: each change names what changed (an
// article added by the watcher, one article's annotations, a tag), and nothing else.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeEvent, ChangesAnswer } from '../../common/api/change-events'
import { startOneArticleApp, type OneArticleApp } from '../../tests/support/one-article-services'
import type { Services } from './start-services'

let app: OneArticleApp
let dir: string
let services: Services
let version = 0

beforeAll(async () => {
  app = await startOneArticleApp('change-events')
  ;({ dir, services } = app)
}, 30_000)
afterAll(() => app.close())

/** The events after the last call, waiting up to `ms` for the first; status events left out. */
async function next(ms = 2000): Promise<ChangeEvent[]> {
  const answer: ChangesAnswer = await services.handlers.waitForChanges({ since: version, timeoutMs: ms })
  version = answer.version
  return answer.kind === 'reset'
    ? []
    : answer.events.filter((event) => !['store', 'search', 'notices', 'import'].includes(event.kind))
}

/** Waits for a burst that holds an event of `kind`, giving up after a few seconds. */
async function until(kind: ChangeEvent['kind']): Promise<ChangeEvent[]> {
  for (let tries = 0; tries < 10; tries++) {
    const events = await next()
    if (events.some((event) => event.kind === kind)) return events
  }
  throw new Error(`no ${kind} event`)
}

describe('change events through waitForChanges', () => {
  it('tells a new page to start afresh, with the status it needs', async () => {
    const answer = await services.handlers.waitForChanges({ since: 0, timeoutMs: 1000 })
    expect(answer).toMatchObject({ kind: 'reset', status: { importing: null, annotations: { writable: true } } })
    version = answer.version
  })

  it('names one article when a highlight is made, with its new count and filters, and the tag made with it', async () => {
    const [article] = services.library.list()
    const id = article?.id ?? ''
    await services.handlers.createAnnotation({
      articleId: id,
      start: 0,
      end: 6,
      color: 'green',
      tags: [],
      newTags: ['กลไก'],
      note: ''
    })
    const events = await next()
    const tag = services.annotations.tags()[0]?.id ?? ''
    expect(events).toEqual([
      { kind: 'annotations', articles: { [id]: { count: 1, colors: ['green'], tags: [tag] } } },
      { kind: 'codebook', changed: [tag], removed: [] },
      { kind: 'tag-usage', counts: { [tag]: 1 } }
    ])
    await services.handlers.undo({})
    expect(await next()).toEqual([
      { kind: 'annotations', articles: { [id]: { count: 0, colors: [], tags: [] } } },
      { kind: 'codebook', changed: [], removed: [tag] },
      { kind: 'tag-usage', counts: { [tag]: 0 } }
    ])
  })

  it('names the article and theme whose decision was set, and again when it is undone', async () => {
    const id = services.library.list()[0]?.id ?? ''
    const decisions = [{ articleId: id, themeId: 'apparatus-streamlining', verdict: 'confirmed' as const }]
    const [made] = await services.handlers.setThemeDecisions({ decisions })
    expect(made).toMatchObject({ articleId: id, verdict: 'confirmed', suggestion: null })
    const named = { kind: 'theme-decisions', articles: [id], themes: ['apparatus-streamlining'] }
    expect(await next()).toEqual([named])
    await services.handlers.undo({})
    expect(await next()).toEqual([named])
    expect(await services.handlers.getThemeDecisions({ articleId: id })).toEqual([])
  })

  it('names a file the watcher saw arrive, whose summary can then be fetched alone', async () => {
    await writeFile(
      join(dir, 'articles', 'two.txt'),
      'Báo Hải Dương - 2025 - สหกรณ์การเกษตร\nสหกรณ์การเกษตรในจังหวัดไหเซือง\n'
    )
    const events = await until('library')
    const library = events.find((event) => event.kind === 'library')
    expect(library).toMatchObject({ kind: 'library', changed: [], removed: [] })
    const added = library?.kind === 'library' ? library.added : []
    expect(added).toHaveLength(1)
    expect(events).toContainEqual({ kind: 'folders' })
    const summaries = await services.handlers.getArticleSummaries({ ids: [...added, 'a-gone'] })
    expect(summaries.map((summary) => summary.title)).toEqual(['สหกรณ์การเกษตร'])
  }, 20_000)
})
