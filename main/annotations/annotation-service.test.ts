import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../common/model/article-types'
import { articleText } from '../../common/text/article-text'
import { openAnnotationStore, type OpenedStore } from '../store/open-store'
import { ApiError } from '../../common/errors/api-error'
import { AnnotationService } from './annotation-service'
import type { AppliedChanges } from './undoable-actions'

const ARTICLE = 'a0123456789abcde'
let blocks: Article['blocks']
let dir: string
let opened: OpenedStore
let service: AnnotationService
let changes = 0
let applied: AppliedChanges[] = []

beforeEach(async () => {
  blocks = [
    { kind: 'paragraph', text: 'คณะกรรมการพรรคประจำจังหวัดได้ดำเนินการปรับปรุงกลไกตามมติที่ 18-NQ/TW อย่างต่อเนื่อง' },
    { kind: 'paragraph', text: 'การรวมจังหวัดและการยกเลิกระดับอำเภอทำให้เกิดรัฐบาลท้องถิ่นสองระดับ' }
  ]
  dir = await mkdtemp(join(tmpdir(), 'crossread-annotations-'))
  opened = await openAnnotationStore(dir, { coalesceMs: 10 })
  service = new AnnotationService({
    store: opened.store,
    loadArticle: async (id) =>
      id === ARTICLE ? ({ summary: { id } as Article['summary'], blocks } satisfies Article) : undefined
  })
  applied = []
  service.onChanges((diff) => {
    changes += 1
    applied.push(diff)
  })
})
afterEach(async () => {
  await opened.store.flush() // let a coalesced write finish before the folder goes
  await opened.store.shutDown()
  await opened.lock?.release()
  await rm(dir, { recursive: true, force: true })
})

const rangeOf = (phrase: string) => {
  const start = articleText(blocks).indexOf(phrase)
  return { start, end: start + phrase.length }
}
const highlight = (phrase: string, extra: Partial<Parameters<AnnotationService['create']>[0]> = {}) =>
  service.create({ articleId: ARTICLE, ...rangeOf(phrase), color: 'yellow', tags: [], newTags: [], note: '', ...extra })

describe('annotating', () => {
  it('creates a highlight with a new tag typed in place and a note, and lists it in text order', async () => {
    await highlight('รัฐบาลท้องถิ่นสองระดับ', { newTags: ['รัฐบาลท้องถิ่น'], note: 'ดูมติ 60-NQ/TW' })
    await highlight('ปรับปรุงกลไก', { color: 'green' })
    const list = await service.list(ARTICLE)
    expect(list.map((a) => a.target.quote.exact)).toEqual(['ปรับปรุงกลไก', 'รัฐบาลท้องถิ่นสองระดับ'])
    expect(list[1]).toMatchObject({ note: 'ดูมติ 60-NQ/TW', anchor: { status: 'exact' } })
    expect(service.tags().map((tag) => tag.name)).toEqual(['รัฐบาลท้องถิ่น'])
    expect(service.countsByArticle().get(ARTICLE)).toBe(2)
    expect(changes).toBe(2)
  })

  it('re-anchors after the article changes and makes an orphan when the passage is gone', async () => {
    await highlight('ยกเลิกระดับอำเภอ')
    blocks = [{ kind: 'paragraph', text: 'ย่อหน้าใหม่ที่เพิ่มเข้ามา' }, ...blocks]
    expect((await service.list(ARTICLE))[0]?.anchor).toMatchObject({ status: 'moved', ...rangeOf('ยกเลิกระดับอำเภอ') })
    blocks = blocks.filter((block) => !block.text.includes('ยกเลิกระดับอำเภอ'))
    const [orphan] = await service.list(ARTICLE)
    expect(orphan?.anchor).toEqual({ status: 'orphan' })
    await service.reattach({ id: orphan?.id ?? '', ...rangeOf('18-NQ/TW') })
    expect((await service.list(ARTICLE))[0]).toMatchObject({
      target: { quote: { exact: '18-NQ/TW' } },
      anchor: { status: 'exact' }
    })
  })

  it('undoes and redoes every action, including a multi-annotation codebook merge', async () => {
    const first = await highlight('ปรับปรุงกลไก', { newTags: ['กลไก'] })
    await highlight('รัฐบาลท้องถิ่นสองระดับ', { newTags: ['ท้องถิ่น'] })
    const [mechanism, local] = ['กลไก', 'ท้องถิ่น'].map(
      (name) => service.tags().find((tag) => tag.name === name)?.id ?? ''
    )
    await service.mergeTags({ from: local ?? '', into: mechanism ?? '' })
    expect((await service.list(ARTICLE)).map((a) => a.tags)).toEqual([[mechanism], [mechanism]])
    expect(await service.undo()).toEqual({ undone: 'merge tags' })
    expect((await service.list(ARTICLE)).map((a) => a.tags)).toEqual([[mechanism], [local]])
    expect(service.tags()).toHaveLength(2)
    await service.redo()
    expect(service.tags()).toHaveLength(1)
    await service.remove(first.id)
    expect(await service.list(ARTICLE)).toHaveLength(1)
    await service.undo()
    expect(await service.list(ARTICLE)).toHaveLength(2)
  })

  it('merges a tag into its own sub-sub-tag without making a loop', async () => {
    const a = await service.createTag({ name: 'A' })
    const b = await service.createTag({ name: 'B', parentId: a.id })
    const c = await service.createTag({ name: 'C', parentId: b.id })
    await service.mergeTags({ from: a.id, into: c.id })
    const parents = Object.fromEntries(service.tags().map((tag) => [tag.name, tag.parentId]))
    expect(parents).toEqual({ B: c.id, C: null })
  })

  it('refuses a nesting loop and a duplicate name with a readable message, changing nothing', async () => {
    const a = await service.createTag({ name: 'ปฏิรูป' })
    const b = await service.createTag({ name: 'บริหาร', parentId: a.id })
    await expect(service.updateTag({ id: a.id, parentId: b.id })).rejects.toThrow(/cannot be nested under itself/)
    await expect(service.createTag({ name: ' ปฏิรูป ' })).rejects.toThrow(/already a tag called/)
    expect(service.tags().find((tag) => tag.id === a.id)?.parentId).toBeNull()
  })

  it('answers an action only once it is on disk, and fails it visibly (keeping it in memory) when it cannot be saved', async () => {
    await highlight('ปรับปรุงกลไก')
    await rm(join(dir, 'annotations'), { recursive: true, force: true })
    await writeFile(join(dir, 'annotations'), 'not a folder') // every write under it fails, even as root
    const before = changes
    const failed = await highlight('รัฐบาลท้องถิ่นสองระดับ', { note: 'ต้องไม่หาย' }).catch((err: unknown) => err)
    expect(failed).toBeInstanceOf(ApiError)
    expect(failed).toMatchObject({
      code: 'failed',
      message: expect.stringMatching(/could not be saved .* kept in memory/)
    })
    expect(changes).toBe(before + 1) // the UI is told, and refetches
    expect((await service.list(ARTICLE)).map((a) => a.note)).toEqual(['', 'ต้องไม่หาย'])
    expect(opened.store.status().writeError).toMatch(/could not be saved/)
    await rm(join(dir, 'annotations'))
  })

  it('keeps the work on disk: a reopened store lists the same annotations and codebook', async () => {
    await highlight('ปรับปรุงกลไก', { newTags: ['กลไก'], note: 'สำคัญ' })
    await opened.store.flush()
    await opened.store.shutDown()
    await opened.lock?.release()
    opened = await openAnnotationStore(dir)
    service = new AnnotationService({
      store: opened.store,
      loadArticle: async () => ({ summary: { id: ARTICLE } as Article['summary'], blocks })
    })
    expect(service.countsByArticle().get(ARTICLE)).toBe(1)
    expect((await service.list(ARTICLE))[0]).toMatchObject({ note: 'สำคัญ', anchor: { status: 'exact' } })
    expect(service.tags().map((tag) => tag.name)).toEqual(['กลไก'])
  })
})

describe('publishing what changed', () => {
  const brief = (diff: AppliedChanges) =>
    `${diff.label}: ${diff.changes.map((c) => `${c.kind} ${c.before ? 'old' : '-'}→${c.after ? 'new' : '-'}`).join(', ')}`

  it('publishes each action’s diff as applied: an undo reversed, a redo as first made', async () => {
    await highlight('ปรับปรุงกลไก', { newTags: ['กลไก'] })
    await service.undo()
    await service.redo()
    expect(applied.map(brief)).toEqual([
      'highlight: tag -→new, annotation -→new',
      'highlight: annotation old→-, tag old→-',
      'highlight: tag -→new, annotation -→new'
    ])
    expect(applied.map((diff) => diff.articles[ARTICLE]?.count)).toEqual([1, 0, 1])
  })

  it('keeps every article’s facets from the diffs, without reading the store again', async () => {
    await highlight('ปรับปรุงกลไก', { color: 'green' })
    expect(await service.facets()).toEqual({ [ARTICLE]: { colors: ['green'], tags: [] } })
    const all = opened.store.all.bind(opened.store)
    let reads = 0
    opened.store.all = () => ((reads += 1), all())
    const second = await highlight('รัฐบาลท้องถิ่นสองระดับ', { newTags: ['ท้องถิ่น'] })
    const tag = service.tags()[0]?.id ?? ''
    expect(await service.facets()).toEqual({ [ARTICLE]: { colors: ['green', 'yellow'], tags: [tag] } })
    expect(applied.at(-1)?.articles).toEqual({ [ARTICLE]: { count: 2, colors: ['green', 'yellow'], tags: [tag] } })
    await service.remove(second.id)
    await service.update({ id: (await service.list(ARTICLE))[0]?.id ?? '', color: 'blue' })
    expect(await service.facets()).toEqual({ [ARTICLE]: { colors: ['blue'], tags: [] } })
    await service.undo()
    await service.undo()
    await service.undo()
    await service.undo()
    expect(await service.facets()).toEqual({})
    expect(reads).toBe(0)
  })
})
