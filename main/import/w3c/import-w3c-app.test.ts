// The W3C export of a researcher's work read back into the real app: a fresh library gets the
// same highlights, link, theme verdicts and memo; importing again doubles nothing; articles are found by
// file name or quote when ids differ; a bad file changes nothing; one Undo takes an import back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportSummary } from '../../../common/model/export'
import type { AnnotationView, Tag } from '../../../common/model/annotation-types'
import type { LinkView } from '../../../common/model/link-types'
import type { ThemeDecision } from '../../../common/model/theme-decision'
import type { Memo } from '../../../common/model/memo'
import { startAnnotatedApp, type AnnotatedApp } from '../../../tests/support/export-fixture'
import { callApi, startSampleApp, type SampleApp } from '../../../tests/support/sample-app'
import { writeW3cAnnotations } from '../../export/w3c/write-w3c'
import { importW3cAnnotations } from './import-w3c'

let source: AnnotatedApp
let target: SampleApp
let call: ReturnType<typeof callApi>
let exported: string

beforeAll(async () => {
  ;[source, target] = await Promise.all([startAnnotatedApp('w3c-source'), startSampleApp('w3c-target')])
  call = callApi(target.services)
  exported = writeW3cAnnotations(await source.model())
}, 120_000)
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()])
})

const depsOf = (app: SampleApp) => ({
  list: () => app.services.library.list(),
  article: (id: string) => app.services.library.get(id),
  annotations: app.services.annotations
})
const importInto = (app: SampleApp, json: unknown) => importW3cAnnotations(json, depsOf(app))
/** Imports into the target, checks, and takes the import back whatever the checks said. */
async function importAndUndo(json: unknown, check: (summary: ImportSummary) => Promise<void>): Promise<void> {
  const summary = await importInto(target, json)
  try {
    await check(summary)
  } finally {
    await call('undo', {})
  }
}

/** What a user compares: each highlight's passage, colour, tag names and note, and its times. */
async function highlightsOf(app: SampleApp, articleId: string) {
  const ask = callApi(app.services)
  const names = new Map((await ask<Tag[]>('listTags', {})).map((tag) => [tag.id, tag.name]))
  return (await ask<AnnotationView[]>('listAnnotations', { articleId })).map((view) => ({
    quote: view.target.quote.exact,
    anchor: view.anchor,
    position: view.target.position,
    color: view.color,
    tags: view.tags.map((id) => names.get(id)),
    note: view.note,
    created: view.created,
    modified: view.modified
  }))
}
const linksOf = async (app: SampleApp, articleId: string) =>
  (await callApi(app.services)<LinkView[]>('listLinks', { articleId })).map(({ kind, note, here, there }) => ({
    kind,
    note,
    ends: [here.quote, here.anchor, there.articleId, there.quote, there.anchor]
  }))
const verdictsOf = async (app: SampleApp) =>
  (await callApi(app.services)<ThemeDecision[]>('getThemeDecisions', {})).map(({ id, verdict, by, at }) => ({
    id,
    verdict,
    by,
    at
  }))
/** Everything an import can add, to show that a refused or undone import left nothing. */
const workIn = async (app: SampleApp) => ({
  first: await highlightsOf(app, source.first.summary.id),
  second: await highlightsOf(app, source.second.summary.id),
  links: await linksOf(app, source.first.summary.id),
  verdicts: await verdictsOf(app),
  memo: (await callApi(app.services)<Memo | null>('getMemo', { articleId: source.first.summary.id }))?.text ?? null,
  tags: (await callApi(app.services)<Tag[]>('listTags', {})).length
})
type Selector = { type: string; exact?: string; start?: number; end?: number }
const EMPTY = { first: [], second: [], links: [], verdicts: [], memo: null, tags: 0 }

describe('W3C import into the app', () => {
  it('refuses a bad file with a sentence and changes nothing', async () => {
    const bad = JSON.parse(exported)
    bad.first.items[1].target[0].selector = [{ type: 'TextPositionSelector', start: 0, end: 4 }]
    await expect(importInto(target, bad)).rejects.toThrow(/Annotation 2 .*has no TextQuoteSelector/)
    await expect(importInto(target, { type: 'Note' })).rejects.toThrow(/its type is “Note”/)
    await expect(importInto(target, 'not json')).rejects.toThrow(/not JSON/)
    expect(await workIn(target)).toEqual(EMPTY)
    expect(target.services.annotations.historyLabels().undo).toBeNull()
  })

  it('takes a whole import back with one Undo', async () => {
    expect(await importInto(target, JSON.parse(exported))).toMatchObject({ added: 5, themeDecisions: 2, tagsAdded: 2 })
    expect(await call('undo', {})).toEqual({ undone: 'import annotations' })
    expect(await workIn(target)).toEqual(EMPTY)
  })

  it('finds articles by file name when their ids differ', async () => {
    const foreign = exported.replaceAll(/urn:crossread:article:a[0-9a-f]+/g, 'urn:crossread:article:aelsewhere')
    await importAndUndo(JSON.parse(foreign), async (summary) => {
      expect(summary).toMatchObject({ added: 5, themeDecisions: 2, orphaned: [] })
      expect(await highlightsOf(target, source.first.summary.id)).toEqual(
        await highlightsOf(source, source.first.summary.id)
      )
    })
  })

  it('finds articles by a quote found in exactly one article, and reports quotes found in several or none', async () => {
    const json = JSON.parse(exported.replaceAll(/urn:crossread:article:[^"]+/g, 'https://example.org/moved.txt'))
    const [highlight] = json.first.items
    const withQuote = (id: string, exact: string) => ({
      ...highlight,
      id,
      target: [
        {
          source: 'https://example.org/moved.txt',
          selector: [{ type: 'TextQuoteSelector', exact, prefix: 'ก', suffix: 'ข' }]
        }
      ]
    })
    json.first.items.push(withQuote('urn:x:common', 'การ'), withQuote('urn:x:absent', 'ประโยคนี้ไม่มีในบทความใดเลย'))
    await importAndUndo(json, async (summary) => {
      expect(summary).toMatchObject({ added: 4 })
      expect(summary.orphaned).toEqual([
        // A theme verdict and a memo have no quote to find their article by.
        { id: expect.stringContaining('urn:crossread:theme:'), quote: '', reason: expect.stringContaining('theme') },
        { id: expect.stringContaining('urn:crossread:theme:'), quote: '', reason: expect.stringContaining('theme') },
        { id: expect.stringContaining('urn:crossread:memo:'), quote: '', reason: expect.stringContaining('memo') },
        { id: 'urn:x:common', quote: 'การ', reason: expect.stringContaining('occurs in several articles') },
        { id: 'urn:x:absent', quote: 'ประโยคนี้ไม่มีในบทความใดเลย', reason: expect.stringContaining('no article') }
      ])
      expect(await highlightsOf(target, source.second.summary.id)).toEqual(
        await highlightsOf(source, source.second.summary.id)
      )
    })
  })

  it('writes positions that cut each quote out of its article’s text, counted in code points', async () => {
    const texts = new Map((await source.model()).articles.map((article) => [article.id, Array.from(article.text)]))
    const targets = JSON.parse(exported).first.items.flatMap((item: { target: unknown }) => item.target)
    const passages = targets.filter((t: unknown) => typeof t === 'object') as Array<{
      source: string
      selector: Selector[]
    }>
    expect(passages).toHaveLength(5) // three highlights and the link's two ends
    for (const { source: iri, selector } of passages) {
      const quote = selector.find((s) => s.type === 'TextQuoteSelector')
      const position = selector.find((s) => s.type === 'TextPositionSelector')
      const text = texts.get(/^urn:crossread:article:([^/]+)\//.exec(iri)?.[1] ?? '') ?? []
      expect(text.slice(position?.start, position?.end).join('')).toBe(quote?.exact)
    }
  })

  it('round-trips into a fresh library: the same highlights, link, tag hierarchy, theme verdicts and memo', async () => {
    const summary = await importInto(target, JSON.parse(exported))
    expect(summary).toEqual({
      format: 'w3c',
      added: 5,
      updated: 0,
      unchanged: 0,
      tagsAdded: 2,
      themeDecisions: 2,
      orphaned: []
    })
    const expected = await workIn(source)
    const got = await workIn(target)
    expect(got.first).toEqual(expected.first)
    expect(got.second).toEqual(expected.second)
    expect(got.first.map((h) => h.tags)).toEqual([['กระจายอำนาจ'], ['ปฏิรูป']])
    expect(got.links).toEqual(expected.links)
    expect(got.links).toHaveLength(1)
    expect(got.verdicts).toEqual(expected.verdicts)
    expect(got.memo).toBe('# บันทึก\nบทความหลักเรื่อง 18-NQ/TW')
    const tags = await call<Tag[]>('listTags', {})
    expect(tags.find((tag) => tag.name === 'กระจายอำนาจ')?.parentId).toBe(tags.find((tag) => tag.name === 'ปฏิรูป')?.id)
  })

  it('imports the same file again without doubling anything, here and into the library it came from', async () => {
    const before = await workIn(target)
    const again = await importInto(target, JSON.parse(exported))
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5, tagsAdded: 0, themeDecisions: 0, orphaned: [] })
    expect(await workIn(target)).toEqual(before)
    const home = await importInto(source, JSON.parse(exported))
    expect(home).toMatchObject({ added: 0, updated: 0, unchanged: 5, tagsAdded: 0, themeDecisions: 0, orphaned: [] })
  })

  it('updates an annotation whose copy in the file is newer', async () => {
    const json = JSON.parse(exported)
    const [highlight] = json.first.items
    highlight.modified = '2030-01-01T00:00:00.000Z'
    highlight.body[0].value = 'แก้ไขแล้ว'
    expect(await importInto(target, json)).toMatchObject({ added: 0, updated: 1, unchanged: 4 })
    const notes = (await highlightsOf(target, source.first.summary.id)).map((h) => h.note)
    expect(notes).toContain('แก้ไขแล้ว')
  })
})
