// The store's generation stamp, by which the search index knows whether its saved notes index
// still holds every annotation on disk: the same across a relaunch with nothing changed, different
// after any saved action, and null while something is unsaved.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAnnotationStore, type OpenedStore } from './open-store'
import { ARTICLE, annotation } from '../../tests/support/annotation-builder'

let dir: string
let opened: OpenedStore | null = null

async function open(): Promise<OpenedStore> {
  opened = await openAnnotationStore(dir)
  return opened
}

async function close(): Promise<void> {
  await opened?.store.shutDown()
  await opened?.lock?.release()
  opened = null
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-generation-'))
})

afterEach(async () => {
  await close()
  await rm(dir, { recursive: true, force: true })
})

describe('the store generation', () => {
  it('stays across a relaunch with no change, moves with each saved action, is null while unsaved', async () => {
    const { store } = await open()
    await store.ensureArticle(ARTICLE)
    store.put(annotation(store, 'บันทึกแรก'))
    await store.commit()
    expect(store.savedGeneration()).toBeNull() // in the journal, not yet in the shards
    await store.flush()
    const first = store.savedGeneration()
    expect(first).not.toBeNull()
    await close()

    const again = (await open()).store
    expect(again.savedGeneration()).toBe(first)
    await again.ensureArticle(ARTICLE)
    const [saved] = again.annotationsOf(ARTICLE)
    again.put({ ...annotation(again), id: saved?.id ?? '', note: 'แก้บันทึก' }) // an edit: counts unchanged
    await again.commit()
    await again.flush()
    expect(again.savedGeneration()).not.toBe(first)
  })

  it('moves when an action was journaled but never written (replayed at the next launch)', async () => {
    const { store } = await open()
    await store.ensureArticle(ARTICLE)
    store.put(annotation(store, 'บันทึกแรก'))
    await store.commit()
    await store.flush()
    const first = store.savedGeneration()
    store.put(annotation(store, 'บันทึกที่สอง'))
    await store.commit()
    await store.shutDown() // as a kill would leave it: journaled, not folded
    await opened?.lock?.release()
    opened = null
    expect((await open()).store.savedGeneration()).not.toBe(first)
  })
})
