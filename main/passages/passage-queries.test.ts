// The passages index and its queries on a real store: filters (a tag, with its sub-tags, a colour),
// the three orders, paging, and an index kept current by the diffs of edits, deletions and undo,
// also when it was built from shards on disk that no one had opened.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HighlightColor } from '../../common/model/annotation-types'
import type { Article, ArticleSummary } from '../../common/model/article-types'
import type { PassageFilter, PassagePage, PassageSort } from '../../common/model/passages'
import { articleText } from '../../common/text/article-text'
import { AnnotationService } from '../annotations/annotation-service'
import { openAnnotationStore, type OpenedStore } from '../store/open-store'
import { headerOf } from './article-header'
import { PassageIndex } from './passage-index'
import { PassageQueries } from './passage-queries'
import { clip } from './passage-record'

const blocks: Article['blocks'] = [
  { kind: 'paragraph', text: 'คณะกรรมการพรรคประจำจังหวัดได้ดำเนินการปรับปรุงกลไกตามมติที่ 18-NQ/TW อย่างต่อเนื่อง' },
  { kind: 'paragraph', text: 'การรวมจังหวัดและการยกเลิกระดับอำเภอทำให้เกิดรัฐบาลท้องถิ่นสองระดับ' }
]
const text = articleText(blocks)
/** Three articles in the library (one without a date) and one whose folder was removed. */
const LIBRARY: Record<string, Partial<ArticleSummary>> = {
  anew0000000000001: { title: 'ข่าวใหม่', outlet: 'Báo Nhân dân', date: '2025-03-01' },
  aold0000000000002: { title: 'ข่าวเก่า', outlet: 'Việt Nam', date: '2024-01-15' },
  anodate0000000003: { title: 'ก่อนทุกข่าว', outlet: null, date: null }
}
const [NEW, OLD, NO_DATE] = Object.keys(LIBRARY) as [string, string, string]
const GONE = 'agone000000000004'

const summaries = (ids: string[]) =>
  ids.flatMap((id) => (LIBRARY[id] ? [{ id, titleDerived: false, year: null, ...LIBRARY[id] } as ArticleSummary] : []))

let dir: string
let opened: OpenedStore
let service: AnnotationService
let queries: PassageQueries

async function open(): Promise<void> {
  opened = await openAnnotationStore(dir, { coalesceMs: 10 })
  service = new AnnotationService({
    store: opened.store,
    loadArticle: async (id) => ({ summary: { id } as ArticleSummary, blocks })
  })
  const index = new PassageIndex((visit) => opened.store.visitShards(visit))
  service.onChanges(({ changes }) => index.apply(changes))
  queries = new PassageQueries(index, {
    tags: () => opened.store.tags,
    articles: () => summaries(Object.keys(LIBRARY)).map(headerOf),
    summaries,
    themePassages: async () => new Set()
  })
}
async function close(): Promise<void> {
  await opened.store.flush()
  await opened.store.shutDown()
  await opened.lock?.release()
}
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-passages-'))
  await open()
})
afterEach(async () => {
  await close()
  await rm(dir, { recursive: true, force: true })
})

const highlight = (articleId: string, phrase: string, color: HighlightColor, tags: string[] = [], note = '') => {
  const start = text.indexOf(phrase)
  return service.create({ articleId, start, end: start + phrase.length, color, tags, newTags: [], note })
}
const list = (filter: PassageFilter = {}, sort: PassageSort = 'date-desc', offset = 0, limit = 100) =>
  queries.list({ filter, sort, offset, limit })
/** A page as `article:quote` lines: compact enough to compare whole. */
const lines = (page: PassagePage) =>
  page.passages.map((p) => `${page.headers[p.articleId]?.title || '(gone)'}:${p.quote}`)

/** Tags: การปฏิรูป > การรวมจังหวัด > อำเภอ, and an unrelated one. */
async function codebook() {
  const reform = await service.createTag({ name: 'การปฏิรูป' })
  const merge = await service.createTag({ name: 'การรวมจังหวัด', parentId: reform.id })
  const district = await service.createTag({ name: 'อำเภอ', parentId: merge.id })
  const other = await service.createTag({ name: 'อื่น ๆ' })
  return { reform: reform.id, merge: merge.id, district: district.id, other: other.id }
}

describe('passages across articles', () => {
  it('filters by a tag, with or without its sub-tags, by colour, and both', async () => {
    const tag = await codebook()
    await highlight(NEW, 'ปรับปรุงกลไก', 'yellow', [tag.reform], 'ดูมติ 18')
    await highlight(OLD, 'การรวมจังหวัด', 'green', [tag.merge])
    await highlight(NO_DATE, 'ระดับอำเภอ', 'green', [tag.district, tag.other])
    await highlight(GONE, 'รัฐบาลท้องถิ่น', 'blue')

    expect(lines(await list({ tag: tag.reform }))).toEqual(['ข่าวใหม่:ปรับปรุงกลไก'])
    expect(lines(await list({ tag: tag.reform, includeSubTags: true }))).toEqual([
      'ข่าวใหม่:ปรับปรุงกลไก',
      'ข่าวเก่า:การรวมจังหวัด',
      'ก่อนทุกข่าว:ระดับอำเภอ'
    ])
    expect(lines(await list({ tag: tag.merge, includeSubTags: true }))).toHaveLength(2)
    expect(lines(await list({ color: 'green' }))).toEqual(['ข่าวเก่า:การรวมจังหวัด', 'ก่อนทุกข่าว:ระดับอำเภอ'])
    expect(lines(await list({ tag: tag.reform, includeSubTags: true, color: 'yellow' }))).toEqual(['ข่าวใหม่:ปรับปรุงกลไก'])
    expect((await list({ color: 'purple' })).total).toBe(0)
    const all = await list()
    expect(all).toMatchObject({ total: 4, articles: 4 })
    expect(all.passages[0]).toMatchObject({ note: 'ดูมติ 18', color: 'yellow', tags: [tag.reform], clipped: false })
    expect(all.headers[NEW]).toMatchObject({ outlet: 'Báo Nhân dân', date: '2025-03-01', inLibrary: true })
    expect(all.headers[GONE]).toMatchObject({ inLibrary: false, date: null })
  })

  it('groups by article, sorted by date either way or by title, in text order within an article', async () => {
    await highlight(OLD, 'รัฐบาลท้องถิ่น', 'yellow')
    await highlight(OLD, 'การรวมจังหวัด', 'yellow')
    await highlight(NEW, 'ปรับปรุงกลไก', 'yellow')
    await highlight(NO_DATE, 'ระดับอำเภอ', 'yellow')
    await highlight(GONE, 'ปรับปรุงกลไก', 'yellow')
    expect(lines(await list({}, 'date-desc'))).toEqual([
      'ข่าวใหม่:ปรับปรุงกลไก',
      'ข่าวเก่า:การรวมจังหวัด',
      'ข่าวเก่า:รัฐบาลท้องถิ่น',
      'ก่อนทุกข่าว:ระดับอำเภอ',
      '(gone):ปรับปรุงกลไก'
    ])
    expect(lines(await list({}, 'date-asc')).slice(0, 3)).toEqual([
      'ข่าวเก่า:การรวมจังหวัด',
      'ข่าวเก่า:รัฐบาลท้องถิ่น',
      'ข่าวใหม่:ปรับปรุงกลไก'
    ])
    // Thai dictionary order: ก่อน… before ข่าวเก่า before ข่าวใหม่; a gone article last.
    expect(lines(await list({}, 'article')).map((line) => line.split(':')[0])).toEqual([
      'ก่อนทุกข่าว',
      'ข่าวเก่า',
      'ข่าวเก่า',
      'ข่าวใหม่',
      '(gone)'
    ])
    // A library change (an article's date read anew) reorders once the app says so.
    const saved = LIBRARY[OLD]?.date
    Object.assign(LIBRARY[OLD] ?? {}, { date: '2026-01-01' })
    expect(lines(await list({}, 'date-desc'))[0]).toBe('ข่าวใหม่:ปรับปรุงกลไก') // the kept order
    queries.invalidate()
    expect(lines(await list({}, 'date-desc'))[0]).toBe('ข่าวเก่า:การรวมจังหวัด')
    Object.assign(LIBRARY[OLD] ?? {}, { date: saved })
  })

  it('pages through the sorted list, saying which article the page continues', async () => {
    for (const phrase of ['ปรับปรุงกลไก', 'การรวมจังหวัด', 'ระดับอำเภอ']) await highlight(OLD, phrase, 'pink')
    await highlight(NEW, 'รัฐบาลท้องถิ่น', 'pink')
    const first = await list({}, 'date-desc', 0, 2)
    const second = await list({}, 'date-desc', 2, 2)
    expect(first).toMatchObject({ total: 4, articles: 2, offset: 0, before: null })
    expect(second).toMatchObject({ total: 4, offset: 2, before: OLD })
    expect([...lines(first), ...lines(second)]).toEqual(lines(await list()))
    expect(Object.keys(second.headers)).toEqual([OLD])
    expect((await list({}, 'date-desc', 10, 2)).passages).toEqual([])
    // Limit 0: the totals alone.
    expect(await list({ color: 'pink' }, 'date-desc', 0, 0)).toMatchObject({ total: 4, articles: 2, passages: [] })
  })

  it('stays current after an edit, a deletion, an undo and a tag merge', async () => {
    const tag = await codebook()
    const one = await highlight(NEW, 'ปรับปรุงกลไก', 'yellow', [tag.reform])
    const two = await highlight(OLD, 'การรวมจังหวัด', 'yellow', [tag.reform])
    expect((await list({ tag: tag.reform })).total).toBe(2)

    await service.update({ id: one.id, color: 'orange', tags: [tag.other], note: 'แก้แล้ว' })
    expect(lines(await list({ tag: tag.reform }))).toEqual(['ข่าวเก่า:การรวมจังหวัด'])
    expect((await list({ color: 'orange' })).passages[0]).toMatchObject({ id: one.id, note: 'แก้แล้ว' })

    await service.remove(two.id)
    expect((await list({ tag: tag.reform })).total).toBe(0)
    await service.undo()
    expect((await list({ tag: tag.reform })).total).toBe(1)

    await service.mergeTags({ from: tag.other, into: tag.reform })
    expect((await list({ tag: tag.reform })).total).toBe(2)
    expect((await list({ tag: tag.other })).total).toBe(0)
  })

  it('reads shards no one opened once, then follows diffs (a sub-tag nested later counts at once)', async () => {
    const tag = await codebook()
    await highlight(NEW, 'ปรับปรุงกลไก', 'yellow', [tag.other])
    await highlight(OLD, 'การรวมจังหวัด', 'blue', [tag.merge])
    await close()
    await open() // a relaunch: only the manifest is read
    expect(lines(await list({ tag: tag.reform, includeSubTags: true }))).toEqual(['ข่าวเก่า:การรวมจังหวัด'])
    await service.updateTag({ id: tag.other, parentId: tag.reform })
    queries.invalidate() // the codebook's change event does this in the app
    expect((await list({ tag: tag.reform, includeSubTags: true })).total).toBe(2)
    const created = await highlight(NO_DATE, 'ระดับอำเภอ', 'blue', [tag.district])
    expect((await list({ color: 'blue' })).passages.map((p) => p.id)).toContain(created.id)
  })

  it('cuts long quotes and notes at a character boundary, never between a Thai letter and its marks', () => {
    expect(clip('สั้น')).toBe('สั้น')
    const long = 'ก่'.repeat(200) // each ก carries a tone mark: cut before ก, never between it and ่
    const cut = clip(long, 281)
    expect(cut.length % 2).toBe(0)
    expect(cut.startsWith('ก่')).toBe(true)
    expect(clip('😀'.repeat(200), 281).length % 2).toBe(0) // not half an emoji
  })
})
