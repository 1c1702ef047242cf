// Dismissing a near-duplicate pair ("not the same story"): an undoable action like a theme verdict,
// attributed and dated, journaled (a crash keeps it), saved in the manifest, and published as a diff.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAnnotationStore, type OpenedStore } from '../store/open-store'
import { AnnotationService } from './annotation-service'
import type { AppliedChanges } from './undoable-actions'

const ARTICLE = 'b0123456789abcde'
const OTHER = 'a0123456789abcde'
const PAIR = `${OTHER} ${ARTICLE}`
const NEVER = 3_600_000 // no coalesced write: only the journal holds a change until a flush
let dir: string
let opened: OpenedStore | null
let applied: AppliedChanges[]

async function open(): Promise<AnnotationService> {
  await crash()
  opened = await openAnnotationStore(dir, { coalesceMs: NEVER })
  const service = new AnnotationService({
    store: opened.store,
    loadArticle: async () => undefined,
    now: () => new Date('2026-03-04T05:06:07.000Z'),
    userName: 'นักวิจัย ก'
  })
  service.onChanges((diff) => applied.push(diff))
  return service
}
async function crash(): Promise<void> {
  await opened?.store.shutDown()
  await opened?.lock?.release()
  opened = null
}
const dismissed = () => [...(opened?.store.nearDuplicateDismissals.keys() ?? [])]

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-dismissal-'))
  applied = []
  opened = null
})
afterEach(async () => {
  await crash()
  await rm(dir, { recursive: true, force: true })
})

describe('near-duplicate dismissals', () => {
  it('store one pair whichever article it is dismissed from, attributed, and publish the diff', async () => {
    const service = await open()
    const dismissal = await service.dismissNearDuplicate({ articleId: ARTICLE, otherId: OTHER })
    expect(dismissal).toEqual({
      id: PAIR,
      articleIds: [OTHER, ARTICLE],
      by: 'นักวิจัย ก',
      at: '2026-03-04T05:06:07.000Z'
    })
    await service.dismissNearDuplicate({ articleId: OTHER, otherId: ARTICLE })
    expect(dismissed()).toEqual([PAIR])
    expect(applied.map(({ label, changes }) => [label, changes.map((change) => change.kind)])).toEqual([
      ['dismiss other copy', ['nearDuplicateDismissal']],
      ['dismiss other copy', []]
    ])
    await expect(service.dismissNearDuplicate({ articleId: ARTICLE, otherId: ARTICLE })).rejects.toThrow(
      'two different articles'
    )
  })

  it('undo brings the pair back and redo dismisses it again', async () => {
    const service = await open()
    await service.dismissNearDuplicate({ articleId: ARTICLE, otherId: OTHER })
    expect(await service.undo()).toEqual({ undone: 'dismiss other copy' })
    expect(dismissed()).toEqual([])
    expect(applied.at(-1)?.changes[0]).toMatchObject({ kind: 'nearDuplicateDismissal', id: PAIR, after: null })
    await service.redo()
    expect(dismissed()).toEqual([PAIR])
  })

  it('survive a crash from the journal, and a save into the manifest', async () => {
    let service = await open()
    await service.dismissNearDuplicate({ articleId: ARTICLE, otherId: OTHER })
    await crash()
    service = await open() // replayed from the journal, folded into the manifest
    expect(dismissed()).toEqual([PAIR])
    await service.undo() // nothing to undo after a relaunch: history is per session
    expect(dismissed()).toEqual([PAIR])
    await opened?.store.flush()
    await crash()
    await open()
    expect(opened?.store.nearDuplicateDismissals.get(PAIR)?.by).toBe('นักวิจัย ก')
  })
})
