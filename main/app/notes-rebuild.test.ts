// The notes index rebuilt from every annotation (a first launch, or a store changed since the index
// was saved), streamed from the store shard by shard: every note is found, a note deleted since is
// not, and the store has kept none of the shards it read for it.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AnnotationService } from '../annotations/annotation-service'
import { SearchEngine } from '../search/search-engine'
import { openAnnotationStore, type OpenedStore } from '../store/open-store'
import { annotation } from '../../tests/support/annotation-builder'

let work: string
let opened: OpenedStore | null = null
let engine: SearchEngine | null = null

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'crossread-notes-rebuild-'))
})
afterEach(async () => {
  await engine?.close()
  await opened?.store.shutDown()
  await opened?.lock?.release()
  engine = opened = null
  await rm(work, { recursive: true, force: true })
})

async function reopenStore(): Promise<OpenedStore> {
  await opened?.store.shutDown()
  await opened?.lock?.release()
  opened = await openAnnotationStore(work, { coalesceMs: 10 })
  return opened
}

const articles = Array.from({ length: 60 }, (_, i) => `a${i.toString(16).padStart(15, '0')}`)
/** More annotations than one batch to the workers holds, so the rebuild takes several. */
const PER_ARTICLE = 50

describe('rebuilding the notes index from the store', () => {
  it('finds every note, first shard to last, keeps no shard loaded, and drops a note deleted since', async () => {
    const { store } = await reopenStore()
    const marked: string[] = []
    for (const [i, articleId] of articles.entries()) {
      await store.ensureArticle(articleId)
      for (let n = 0; n < PER_ARTICLE; n++) {
        const special = n === 0 && i % 20 === 0 // three articles, in different shards
        const made = annotation(store, special ? 'สหกรณ์การเกษตรในจังหวัด' : 'ข้อสังเกตทั่วไป', articleId)
        if (special) marked.push(made.id)
        store.put(made)
      }
    }
    store.changed()
    await store.flush()

    const again = (await reopenStore()).store
    const service = new AnnotationService({ store: again, loadArticle: async () => undefined })
    engine = (await SearchEngine.open({ dataDir: work })).engine
    await engine.syncAnnotationsFrom((visit) => service.visitSearchable(visit), again.savedGeneration())
    const found = async () =>
      (await engine?.search({ query: 'สหกรณ์', limit: 20 }))?.annotations.map((hit) => hit.annotationId).sort()
    expect(await found()).toEqual([...marked].sort())
    expect([...again.loaded()]).toEqual([])

    // A note deleted while the index was not following (another launch): the next rebuild drops it.
    const [gone, ...kept] = marked
    await again.ensureId(gone ?? '')
    again.remove(gone ?? '')
    again.changed()
    await again.flush()
    await engine.syncAnnotationsFrom((visit) => service.visitSearchable(visit), again.savedGeneration())
    expect(await found()).toEqual(kept.sort())
  }, 60_000)
})
