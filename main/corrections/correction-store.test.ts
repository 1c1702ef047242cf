// Corrections are kept as the annotations are: durable in the journal as soon as they are answered
// (a crash before the store's files are written loses none), then in the manifest; clearing the
// last corrected field removes the article's correction, and each step is undone like any other.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../common/model/article-types'
import { AnnotationService } from '../annotations/annotation-service'
import { openAnnotationStore, type OpenedStore } from '../store/open-store'
import { applyCorrection } from './apply-corrections'

const NEVER = 3_600_000 // no coalesced write during a test: only the journal holds the changes
const parsed: ArticleSummary = {
  id: 'a1',
  title: 'เมื่อเช้าวันที่ 28 กุมภาพันธ์',
  titleDerived: true,
  titleConfidence: 0.35,
  titleHow: 'first words of the first paragraph',
  outlet: null,
  outletConfidence: 0,
  date: null,
  dateConfidence: 0,
  year: null,
  sourceUrl: null,
  warnings: [],
  folder: '/c',
  file: 'a1.txt',
  annotationCount: 0,
  contentHash: '0123456789abcdef'
}
let dir: string
let opened: OpenedStore | null = null

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-corrections-'))
})
afterEach(async () => {
  await crash()
  await rm(dir, { recursive: true, force: true })
})

/** Stops the store as a kill does: nothing more is written. */
async function crash(): Promise<void> {
  await opened?.store.shutDown()
  await opened?.lock?.release()
  opened = null
}

async function open(): Promise<AnnotationService> {
  await crash()
  opened = await openAnnotationStore(dir, { coalesceMs: NEVER })
  // As the library lists it: the parser's reading with the corrections laid over it.
  const service: AnnotationService = new AnnotationService({
    store: opened.store,
    loadArticle: async () => undefined,
    summaryOf: (id) => (id === parsed.id ? applyCorrection(parsed, service.corrections.lookup(id)) : undefined),
    userName: 'researcher'
  })
  return service
}

describe('corrections in the store', () => {
  it('survive a crash before the store is written, and are undone like an annotation', async () => {
    let service = await open()
    const answer = await service.corrections.correct({ id: 'a1', field: 'outlet', value: 'Báo Hải Dương' })
    expect(answer).toMatchObject({ outlet: 'Báo Hải Dương', needsLook: true }) // no date yet, title guessed
    await service.corrections.correct({ id: 'a1', field: 'date', value: '2025-02-28' })
    await crash()

    service = await open()
    expect(service.corrections.all()).toEqual([
      {
        articleId: 'a1',
        fields: {
          outlet: { value: 'Báo Hải Dương', by: 'researcher', at: expect.any(String) },
          date: { value: '2025-02-28', by: 'researcher', at: expect.any(String) }
        }
      }
    ])
    await service.corrections.correct({ id: 'a1', field: 'date', value: null })
    expect(service.corrections.lookup('a1')?.fields.date).toBeUndefined()
    expect(await service.undo()).toEqual({ undone: 'restore date' })
    expect(service.corrections.lookup('a1')?.fields.date?.value).toBe('2025-02-28')
  })

  it('removes the article’s correction with its last field, and makes no step for nothing', async () => {
    const service = await open()
    await service.corrections.correct({ id: 'a1', field: 'title', value: 'ประชุมคณะกรรมการพรรค' })
    await service.corrections.correct({ id: 'a1', field: 'title', value: 'ประชุมคณะกรรมการพรรค' }) // the same
    await service.corrections.correct({ id: 'a1', field: 'outlet', value: null }) // never set
    expect(service.historyLabels().undo).toBe('correct title')
    await service.corrections.correct({ id: 'a1', field: 'title', value: '  ' })
    expect(service.corrections.all()).toEqual([])
    await opened?.store.flush()
    await crash()
    expect((await open()).corrections.all()).toEqual([])
  })

  it('refuses a correction of an article no longer in the library, or a value it cannot keep', async () => {
    const service = await open()
    await expect(service.corrections.correct({ id: 'gone', field: 'outlet', value: 'x' })).rejects.toThrow(
      /no longer in the library/
    )
    await expect(service.corrections.correct({ id: 'a1', field: 'date', value: '2025-02-30' })).rejects.toThrow(
      /must exist/
    )
    expect(service.corrections.all()).toEqual([])
  })
})
