import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import type { ChangesAnswer } from '../../../common/api/change-events'
import type { ArticleSummary } from '../../../common/model/article-types'
import type { LibraryStatus } from '../../../common/model/app-status'
import { applyAnswer, mergeSummaries, PATCH_LIMIT } from './apply-changes'
import { keys } from './query-keys'

const summary = (id: string, annotationCount = 0): ArticleSummary =>
  ({ id, title: id, annotationCount }) as ArticleSummary
const ids = (list: ArticleSummary[] | undefined) => (list ?? []).map((s) => `${s.title}:${s.annotationCount}`).join(' ')
const changes = (...events: Extract<ChangesAnswer, { kind: 'changes' }>['events']): ChangesAnswer => ({
  kind: 'changes',
  version: 2,
  events
})

let client: QueryClient
let asked: string[][] = []
const source = {
  summaries: async (wanted: string[]) => (asked.push(wanted), wanted.map((id) => ({ ...summary(id), title: `${id}*` })))
}

function setUp() {
  client = new QueryClient()
  asked = []
  client.setQueryData(keys.status, { importing: null, notices: [] } as unknown as LibraryStatus)
  client.setQueryData(keys.articles, [summary('a'), summary('b'), summary('c')])
  client.setQueryData(keys.facets, { b: { colors: ['green'], tags: [] } })
  client.setQueryData(keys.tagUsage, { t1: 4, t2: 1 })
}
afterEach(() => client.clear())

describe('change events applied to the query cache', () => {
  it('patches library entries fetched by id, removes the gone, and keeps the order', async () => {
    setUp()
    await applyAnswer(client, changes({ kind: 'library', added: ['d'], changed: ['b'], removed: ['a'] }), source)
    expect(asked).toEqual([['d', 'b']])
    expect(ids(client.getQueryData(keys.articles))).toBe('b*:0 c:0 d*:0')
  })

  it('refetches the list in one request when more entries changed than is worth fetching by id', async () => {
    setUp()
    const many = Array.from({ length: PATCH_LIMIT + 1 }, (_, n) => `n${n}`)
    await applyAnswer(client, changes({ kind: 'library', added: many, changed: [], removed: [] }), source)
    expect(asked).toEqual([])
    expect(client.getQueryState(keys.articles)?.isInvalidated).toBe(true)
  })

  it('writes an article’s new count and filters without a request, and makes only its annotations stale', async () => {
    setUp()
    client.setQueryData(keys.annotationsOf('b'), [])
    client.setQueryData(keys.annotationsOf('c'), [])
    client.setQueryData(keys.tags, [])
    await applyAnswer(
      client,
      changes({
        kind: 'annotations',
        articles: { b: { count: 0, colors: [], tags: [] }, c: { count: 2, colors: ['pink'], tags: ['t1'] } }
      }),
      source
    )
    expect(ids(client.getQueryData(keys.articles))).toBe('a:0 b:0 c:2')
    expect(client.getQueryData(keys.facets)).toEqual({ c: { colors: ['pink'], tags: ['t1'] } })
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated
    expect([
      stale(keys.annotationsOf('b')),
      stale(keys.annotationsOf('c')),
      stale(keys.tags),
      stale(keys.articles)
    ]).toEqual([true, true, false, false])
  })

  it('patches tag counts and status in place; a codebook event makes the tags stale', async () => {
    setUp()
    client.setQueryData(keys.tags, [])
    const progress = { kind: 'import' as const, importing: { folder: '/f', done: 3, total: 9 }, lastImport: null }
    await applyAnswer(
      client,
      changes({ kind: 'tag-usage', counts: { t2: 0, t3: 1 } }, progress, {
        kind: 'codebook',
        changed: ['t3'],
        removed: []
      }),
      source
    )
    expect(client.getQueryData(keys.tagUsage)).toEqual({ t1: 4, t2: 0, t3: 1 })
    expect(client.getQueryData<LibraryStatus>(keys.status)?.importing).toEqual(progress.importing)
    expect(client.getQueryState(keys.tags)?.isInvalidated).toBe(true)
  })

  it('a theme-decisions event makes that article’s decisions and the review list’s stale, no other', async () => {
    setUp()
    for (const key of [keys.themeDecisionsOf('a'), keys.themeDecisionsOf('b'), keys.allThemeDecisions])
      client.setQueryData(key, [])
    await applyAnswer(client, changes({ kind: 'theme-decisions', articles: ['a'], themes: ['t'] }), source)
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated
    expect([
      stale(keys.themeDecisionsOf('a')),
      stale(keys.themeDecisionsOf('b')),
      stale(keys.allThemeDecisions)
    ]).toEqual([true, false, true])
  })

  it('a search index that is ready at a new version makes analyses and theme lists stale', async () => {
    setUp()
    const search = (state: 'indexing' | 'ready', version: number) => ({
      kind: 'search' as const,
      status: { state, indexed: 5, total: 5, error: null, version }
    })
    client.setQueryData<LibraryStatus>(keys.status, (old) => old && { ...old, search: search('ready', 3).status })
    const analysed = [keys.analysisOf('a', 'h'), keys.themeArticles('t'), keys.themeArticleCount('t'), keys.themes]
    const stale = () => analysed.map((key) => client.getQueryState(key)?.isInvalidated)
    for (const key of analysed) client.setQueryData(key, null)
    await applyAnswer(client, changes(search('indexing', 3), search('ready', 3)), source)
    expect(stale()).toEqual([false, false, false, false])
    await applyAnswer(client, changes(search('ready', 4)), source)
    expect(stale()).toEqual([true, true, true, true])
    expect(client.getQueryData<LibraryStatus>(keys.status)?.search.version).toBe(4)
  })

  it('an edited ontology makes the theme labels and the editor’s ontology stale, not the analyses yet', async () => {
    setUp()
    for (const key of [keys.themes, keys.ontology, keys.analysisOf('a', 'h')]) client.setQueryData(key, null)
    await applyAnswer(client, changes({ kind: 'theme-ontology', themes: ['emulation'], version: 'abc' }), source)
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated
    // The analyses follow the index's new search version, once it has detected again.
    expect([stale(keys.themes), stale(keys.ontology), stale(keys.analysisOf('a', 'h'))]).toEqual([true, true, false])
  })

  it('on a reset, a page that had data marks all of it stale; a new page only takes the status', async () => {
    setUp()
    const status = { importing: null, notices: ['n'] } as unknown as LibraryStatus
    await applyAnswer(client, { kind: 'reset', version: 9, status }, source)
    expect(client.getQueryState(keys.articles)?.isInvalidated).toBe(true)
    expect(client.getQueryData(keys.status)).toEqual(status)
    const fresh = new QueryClient()
    await applyAnswer(fresh, { kind: 'reset', version: 9, status }, source)
    expect(fresh.getQueryData(keys.status)).toEqual(status)
    fresh.clear()
  })

  it('near-duplicates make stale the groups and the copies of the articles named, nothing else', async () => {
    setUp()
    for (const id of ['a', 'b', 'c']) client.setQueryData(keys.copiesOf(id), { state: 'ready', copies: [] })
    client.setQueryData(keys.copyGroups, { groups: [] })
    await applyAnswer(client, changes({ kind: 'near-duplicates', articles: ['a', 'c'] }), source)
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated
    expect([
      stale(keys.copyGroups),
      stale(keys.copiesOf('a')),
      stale(keys.copiesOf('b')),
      stale(keys.copiesOf('c'))
    ]).toEqual([true, true, false, true])
    expect(stale(keys.articles)).toBe(false)
  })

  it('passages pages go stale on annotation, codebook, library and verdict changes; on a sync only a theme’s', async () => {
    const byTag = keys.passagePage({ tag: 't1' }, 'date-desc', 0)
    const byTheme = keys.passagePage({ theme: 'emulation' }, 'date-desc', 0)
    const stale = () => [byTag, byTheme].map((key) => client.getQueryState(key)?.isInvalidated)
    const events: Extract<ChangesAnswer, { kind: 'changes' }>['events'] = [
      { kind: 'annotations', articles: { b: { count: 1, colors: ['pink'], tags: [] } } },
      { kind: 'codebook', changed: ['t1'], removed: [] },
      { kind: 'library', added: [], changed: [], removed: ['c'] },
      { kind: 'theme-decisions', articles: ['a'], themes: ['emulation'] }
    ]
    for (const event of events) {
      setUp()
      client.setQueryData(byTag, null)
      client.setQueryData(byTheme, null)
      await applyAnswer(client, changes(event), source)
      expect(stale(), event.kind).toEqual([true, true])
    }
    setUp()
    const search = (version: number) => ({ state: 'ready', version }) as LibraryStatus['search']
    client.setQueryData<LibraryStatus>(keys.status, (old) => old && { ...old, search: search(1) })
    client.setQueryData(byTag, null)
    client.setQueryData(byTheme, null)
    await applyAnswer(
      client,
      changes({ kind: 'search', status: search(2) as NonNullable<LibraryStatus['search']> }),
      source
    )
    expect(stale()).toEqual([false, true])
  })

  it('keys a passages filter the same however it was built', () => {
    expect(keys.passagePage({ color: 'green', tag: 't1' }, 'article', 2)).toEqual(
      keys.passagePage({ tag: 't1', includeSubTags: false, color: 'green' }, 'article', 2)
    )
    expect(keys.passagePage({ includeSubTags: true }, 'article', 0)).toEqual(keys.passagePage({}, 'article', 0))
  })

  it('merges summaries: replaced in place, new ones last, gone ones out', () => {
    expect(ids(mergeSummaries([summary('a'), summary('b')], [summary('c', 1), summary('a', 2)], new Set(['b'])))).toBe(
      'a:2 c:1'
    )
  })
})
