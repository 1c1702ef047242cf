// Links through the annotation service on a real store in a temp folder: created, listed from
// both articles with both ends anchored, re-anchored after an article edit (an end that cannot be
// found kept as orphaned), undone and redone like annotations, durable across a reopen.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../common/model/article-types'
import { articleText } from '../../common/text/article-text'
import { openAnnotationStore, type OpenedStore } from '../store/open-store'
import { AnnotationService } from '../annotations/annotation-service'
import { annotationEvents } from '../app/annotation-events'
import type { AppliedChanges } from '../annotations/undoable-actions'

const HANOI = 'hanoi-2025'
const HUE = 'hue-2025'
let texts: Record<string, Article['blocks']>
let dir: string
let opened: OpenedStore
let service: AnnotationService
let applied: AppliedChanges[]

const article = (id: string): Article | undefined =>
  texts[id] && {
    summary: { id, title: `ข่าว ${id}`, outlet: 'Nhân Dân', date: '2025-03-01', year: 2025 } as Article['summary'],
    blocks: texts[id]
  }

async function open(coalesceMs = 10): Promise<void> {
  opened = await openAnnotationStore(dir, { coalesceMs })
  service = new AnnotationService({ store: opened.store, loadArticle: async (id) => article(id) })
  applied = []
  service.onChanges((diff) => applied.push(diff))
}
async function close(): Promise<void> {
  await opened.store.flush()
  await opened.store.shutDown()
  await opened.lock?.release()
}

beforeEach(async () => {
  texts = {
    [HANOI]: [
      { kind: 'paragraph', text: 'ฮานอยได้ดำเนินการปรับปรุงกลไกตามมติที่ 18-NQ/TW อย่างต่อเนื่อง' },
      { kind: 'paragraph', text: 'การรวมจังหวัดทำให้เกิดรัฐบาลท้องถิ่นสองระดับ' }
    ],
    [HUE]: [{ kind: 'paragraph', text: 'เว้ยกเลิกระดับอำเภอและจัดตั้งรัฐบาลท้องถิ่นสองระดับตามแผน' }]
  }
  dir = await mkdtemp(join(tmpdir(), 'crossread-links-'))
  await open()
})
afterEach(async () => {
  await close()
  await rm(dir, { recursive: true, force: true })
})

const rangeOf = (articleId: string, phrase: string) => {
  const start = articleText(texts[articleId] ?? []).indexOf(phrase)
  if (start < 0) throw new Error(`${phrase} is not in ${articleId}`)
  return { articleId, start, end: start + phrase.length }
}
const linkLocalGovernment = (note = 'ทั้งสองจังหวัด') =>
  service.links.create({
    from: rangeOf(HANOI, 'รัฐบาลท้องถิ่นสองระดับ'),
    to: rangeOf(HUE, 'ยกเลิกระดับอำเภอ'),
    kind: 'same-event',
    note
  })

describe('links between passages', () => {
  it('links two passages and lists the link from each article, both ends anchored with the other article’s header', async () => {
    const link = await linkLocalGovernment()
    expect(link).toMatchObject({ kind: 'same-event', note: 'ทั้งสองจังหวัด', id: expect.stringMatching(/^l[0-9a-f]{16}$/) })
    const [fromHanoi] = await service.links.list(HANOI)
    expect(fromHanoi).toMatchObject({
      side: 0,
      here: { quote: 'รัฐบาลท้องถิ่นสองระดับ', anchor: { status: 'exact', ...range(HANOI, 'รัฐบาลท้องถิ่นสองระดับ') } },
      there: { articleId: HUE, quote: 'ยกเลิกระดับอำเภอ', title: `ข่าว ${HUE}`, outlet: 'Nhân Dân', date: '2025-03-01' }
    })
    const [fromHue] = await service.links.list(HUE)
    expect(fromHue).toMatchObject({ side: 1, here: { articleId: HUE }, there: { articleId: HANOI } })
    expect(annotationEvents(applied[0] as AppliedChanges, () => ({}))).toContainEqual({
      kind: 'links',
      articles: [HANOI, HUE]
    })
  })

  it('lists a link within one article from each end, and refuses overlapping ends or a range outside the text', async () => {
    await service.links.create({
      from: rangeOf(HANOI, 'ปรับปรุงกลไก'),
      to: rangeOf(HANOI, 'รวมจังหวัด'),
      kind: 'supports',
      note: ''
    })
    expect((await service.links.list(HANOI)).map((view) => [view.side, view.here.quote])).toEqual([
      [0, 'ปรับปรุงกลไก'],
      [1, 'รวมจังหวัด']
    ])
    const overlapping = {
      from: rangeOf(HANOI, 'ปรับปรุงกลไก'),
      to: rangeOf(HANOI, 'กลไก'),
      kind: 'other' as const,
      note: ''
    }
    await expect(service.links.create(overlapping)).rejects.toThrow('overlaps')
    const outside = {
      from: { articleId: HUE, start: 0, end: 5000 },
      to: rangeOf(HANOI, 'กลไก'),
      kind: 'other' as const,
      note: ''
    }
    await expect(service.links.create(outside)).rejects.toThrow('outside')
  })

  it('re-anchors both ends after their articles change, and keeps an end it cannot find as orphaned', async () => {
    await linkLocalGovernment()
    // Hanoi gains a paragraph before the passage (it moves); Hue's passage is rewritten away.
    texts[HANOI] = [{ kind: 'paragraph', text: 'ย่อหน้าใหม่ที่เพิ่มเข้ามาก่อน' }, ...(texts[HANOI] ?? [])]
    texts[HUE] = [{ kind: 'paragraph', text: 'เว้ประกาศแผนพัฒนาเศรษฐกิจสังคมฉบับใหม่' }]
    const [view] = await service.links.list(HANOI)
    expect(view?.here.anchor).toEqual({ status: 'moved', ...range(HANOI, 'รัฐบาลท้องถิ่นสองระดับ') })
    expect(view?.there).toMatchObject({ quote: 'ยกเลิกระดับอำเภอ', anchor: { status: 'orphan' } })
    // The moved end was written back: found exactly next time, and the link is still there after a reopen.
    await close()
    await open()
    const [again] = await service.links.list(HANOI)
    expect(again?.here.anchor).toEqual({ status: 'exact', ...range(HANOI, 'รัฐบาลท้องถิ่นสองระดับ') })
    expect(again?.there.anchor).toEqual({ status: 'orphan' })
    // An article gone from the library keeps the link, its end orphaned.
    delete texts[HUE]
    expect((await service.links.list(HANOI))[0]?.there).toMatchObject({ title: null, anchor: { status: 'orphan' } })
  })

  it('undoes and redoes a link, an edit and a deletion as annotation steps, and keeps them across a reopen', async () => {
    const link = await linkLocalGovernment()
    expect(service.historyLabels().undo).toBe('link passages')
    await service.links.update({ id: link.id, kind: 'contradicts', note: 'ต่างกัน' })
    expect((await service.links.list(HUE))[0]).toMatchObject({ kind: 'contradicts', note: 'ต่างกัน' })
    expect(await service.undo()).toEqual({ undone: 'edit link' })
    expect((await service.links.list(HUE))[0]).toMatchObject({ kind: 'same-event', note: 'ทั้งสองจังหวัด' })
    expect(await service.undo()).toEqual({ undone: 'link passages' })
    expect(await service.links.list(HANOI)).toEqual([])
    expect(await service.redo()).toEqual({ redone: 'link passages' })
    await service.links.remove(link.id)
    expect(await service.links.list(HUE)).toEqual([])
    await service.undo()
    await close()
    await open()
    expect((await service.links.list(HUE)).map((view) => view.id)).toEqual([link.id])
    await expect(service.links.update({ id: 'l0000000000000000', note: '' })).rejects.toThrow('no longer exists')
  })
})

describe('a link in the journal', () => {
  it('when it cannot be written, is kept in memory, still listed, and the user is told so', async () => {
    const folder = join(dir, 'annotations')
    await rm(folder, { recursive: true, force: true })
    await writeFile(folder, 'not a folder') // every write under it fails, even as root
    const failed = await linkLocalGovernment().catch((err: unknown) => err)
    expect(failed).toMatchObject({
      code: 'failed',
      message: expect.stringMatching(/could not be saved.*kept in memory/)
    })
    expect((await service.links.list(HUE)).map((view) => view.kind)).toEqual(['same-event'])
    expect(service.historyLabels().undo).toBe('link passages') // and undoable
    await rm(folder)
  })

  it('is restored from the journal when the app stopped before the store files were written', async () => {
    await close()
    await open(60_000) // no coalesced write during the test: only the journal holds the link
    const link = await linkLocalGovernment()
    opened.store.close()
    await opened.store.shutDown()
    await opened.lock?.release()
    await open()
    expect((await service.links.list(HANOI)).map((view) => view.id)).toEqual([link.id])
  })
})

function range(articleId: string, phrase: string) {
  const { start, end } = rangeOf(articleId, phrase)
  return { start, end }
}
