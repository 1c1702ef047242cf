// Importing W3C JSON into a real store in a temp folder, over a small library written by hand: an
// emoji before a highlight (positions count code points), our own ids kept, a Hypothesis-style
// annotation without our terms found by its file name and merged by a derived id on re-import,
// a page note on a known article added to its memo, and one on an unknown page reported.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article, ArticleSummary } from '../../../common/model/article-types'
import { AnnotationService } from '../../annotations/annotation-service'
import { openAnnotationStore, type OpenedStore } from '../../store/open-store'
import { writeW3cAnnotations } from '../../export/w3c/write-w3c'
import { EMOJI_BLOCKS, EMOJI_QUOTE, EMOJI_TEXT, emojiModel } from '../../../tests/fixtures/w3c/emoji-model'
import { importW3cAnnotations, type W3cImportDeps } from './import-w3c'

const ARTICLE = 'aemoji'
const summary = { id: ARTICLE, file: 'folder/ข่าว 1.txt', title: 'ข่าวดี' } as ArticleSummary
const article: Article = { summary, blocks: EMOJI_BLOCKS.map((text) => ({ kind: 'paragraph', text })) }

let dir: string
let opened: OpenedStore
let deps: W3cImportDeps

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-w3c-'))
  opened = await openAnnotationStore(dir, { coalesceMs: 10 })
  const annotations = new AnnotationService({
    store: opened.store,
    loadArticle: async (id) => (id === ARTICLE ? article : undefined),
    userName: 'tester',
    now: () => new Date('2026-12-03T12:00:00Z')
  })
  deps = { list: () => [summary], article: async (id) => (id === ARTICLE ? article : undefined), annotations }
})
afterEach(async () => {
  await opened.store.flush()
  await opened.store.shutDown()
  await opened.lock?.release()
  await rm(dir, { recursive: true, force: true })
})

/** A Hypothesis server's JSON-LD: a web address as source, no colour, no tag paths, no ids of ours. */
const hypothesis = (over: Record<string, unknown> = {}) => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'Annotation',
  id: 'https://hypothes.is/a/Zx81hGQ3Ee-abc',
  created: '2026-03-01T08:00:00.000000+00:00',
  modified: '2026-03-01T08:00:00.000000+00:00',
  creator: 'acct:nok@hypothes.is',
  motivation: 'commenting',
  body: [
    { type: 'TextualBody', value: 'อ่านต่อ', format: 'text/markdown' },
    { type: 'TextualBody', purpose: 'tagging', value: 'Reform' }
  ],
  target: [
    {
      source: 'https://example.org/news/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%201.txt',
      selector: [
        { type: 'RangeSelector', startContainer: '/p[2]', endContainer: '/p[2]', startOffset: 0, endOffset: 5 },
        { type: 'TextPositionSelector', start: 20, end: 26 },
        { type: 'TextQuoteSelector', exact: 'ตามมติ', prefix: 'การปฏิรูปกลไก', suffix: ' 18-NQ/TW' }
      ]
    }
  ],
  ...over
})

describe('importW3cAnnotations into a small library', () => {
  it('places a highlight after an emoji by code points, keeps our ids, and rebuilds the tag path', async () => {
    const summaryOf = await importW3cAnnotations(JSON.parse(writeW3cAnnotations(emojiModel())), deps)
    expect(summaryOf).toMatchObject({
      format: 'w3c',
      added: 2,
      updated: 0,
      tagsAdded: 2,
      themeDecisions: 1,
      orphaned: []
    })
    const [placed, second] = await deps.annotations.list(ARTICLE)
    const utf16 = EMOJI_TEXT.indexOf(EMOJI_QUOTE)
    expect(placed).toMatchObject({
      id: 'na00123456789abcd',
      color: 'green',
      note: '**สำคัญ**',
      anchor: { status: 'exact', start: utf16, end: utf16 + EMOJI_QUOTE.length },
      target: { position: { start: utf16 - 1, end: utf16 - 1 + EMOJI_QUOTE.length } }
    })
    // The orphan's quote (no position in the file) is found again by its quote and context.
    expect(second).toMatchObject({ id: 'na00000000000000f', anchor: { status: 'exact', start: utf16 } })
    const tags = deps.annotations.tags()
    const child = tags.find((tag) => tag.name === 'กระจายอำนาจ')
    expect(tags.find((tag) => tag.id === child?.parentId)?.name).toBe('ปฏิรูป')
    expect(placed?.tags).toEqual([child?.id])
    expect(deps.annotations.themeDecisions(ARTICLE)).toMatchObject([
      { themeId: 'public-investment', verdict: 'rejected', by: 'nok', at: '2026-02-01T00:00:00.000Z' }
    ])
  })

  it('reads a Hypothesis annotation: found by file name, note and tag kept, merged on re-import', async () => {
    const first = await importW3cAnnotations(hypothesis(), deps)
    expect(first).toMatchObject({ added: 1, tagsAdded: 1, orphaned: [] })
    const [view] = await deps.annotations.list(ARTICLE)
    const start = EMOJI_TEXT.indexOf('ตามมติ')
    expect(view).toMatchObject({
      id: expect.stringMatching(/^na0[0-9a-f]{14}$/),
      note: 'อ่านต่อ',
      color: 'yellow',
      created: '2026-03-01T08:00:00.000Z',
      anchor: { start, end: start + 'ตามมติ'.length }
    })
    expect(deps.annotations.tags().map((tag) => tag.name)).toEqual(['Reform'])
    const again = await importW3cAnnotations(hypothesis(), deps)
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 1, tagsAdded: 0 })
    const newer = await importW3cAnnotations(hypothesis({ modified: '2026-04-01T00:00:00Z', body: [] }), deps)
    expect(newer).toMatchObject({ added: 0, updated: 1 })
    expect(await deps.annotations.list(ARTICLE)).toMatchObject([{ id: view?.id, note: '', tags: [] }])
  })

  it('places a quote given without context or position when it occurs once', async () => {
    const target = [{ source: 'file:///home/nok/ข่าว%201.txt', selector: { type: 'TextQuoteSelector', exact: 'ข่าวดี' } }]
    expect(await importW3cAnnotations(hypothesis({ target }), deps)).toMatchObject({ added: 1, orphaned: [] })
    const [view] = await deps.annotations.list(ARTICLE)
    expect(view?.anchor).toEqual({ status: 'exact', start: 3, end: 9 })
  })

  it('adds another tool’s page notes to the article’s memo, once', async () => {
    const pageNote = (id: string, value: string) =>
      hypothesis({ id, body: [{ type: 'TextualBody', value }], target: [{ source: 'file:///home/nok/ข่าว%201.txt' }] })
    const notes = [pageNote('https://hypothes.is/a/p1', 'อ่านทั้งบท'), pageNote('https://hypothes.is/a/p2', 'เทียบกับมติ 18')]
    expect(await importW3cAnnotations(notes, deps)).toMatchObject({ added: 1, updated: 1, orphaned: [] })
    expect(deps.annotations.memos.get(ARTICLE)?.text).toBe('อ่านทั้งบท\n\nเทียบกับมติ 18')
    expect(await importW3cAnnotations(notes, deps)).toMatchObject({ added: 0, updated: 0, unchanged: 2 })
  })

  it('reports a page note and a quote not in its article, keeping the latter as an orphan', async () => {
    const pageNote = hypothesis({ id: 'https://hypothes.is/a/page', target: [{ source: 'https://example.org/x' }] })
    const lost = hypothesis({
      id: 'https://hypothes.is/a/lost',
      target: [
        { source: 'file:///home/nok/ข่าว%201.txt', selector: [{ type: 'TextQuoteSelector', exact: 'ไม่มีในบทความนี้เลย' }] }
      ]
    })
    const result = await importW3cAnnotations([pageNote, lost], deps)
    expect(result.orphaned).toEqual([
      { id: 'https://hypothes.is/a/page', quote: '', reason: expect.stringContaining('whole page') },
      { id: 'https://hypothes.is/a/lost', quote: 'ไม่มีในบทความนี้เลย', reason: expect.stringContaining('orphan') }
    ])
    expect(result.added).toBe(1)
    expect((await deps.annotations.list(ARTICLE)).map((view) => view.anchor.status)).toEqual(['orphan'])
  })
})
