// The notes index follows the store's diffs, and is saved with the search shards so that a launch
// whose store is at the same generation reads no annotation; any other generation means rebuild.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SearchableAnnotation } from './searchable-annotation'
import { SearchEngine } from './search-engine'

let work: string
const engines: SearchEngine[] = []

async function open(): Promise<SearchEngine> {
  const { engine } = await SearchEngine.open({ dataDir: work })
  engines.push(engine)
  return engine
}

async function reopen(engine: SearchEngine): Promise<SearchEngine> {
  await engine.close()
  engines.splice(engines.indexOf(engine), 1)
  return open()
}

const note = (id: string, text: string): SearchableAnnotation => ({
  id,
  articleId: `a${id}`,
  note: text,
  quote: 'ข้อความที่เน้น'
})
const noteIds = async (engine: SearchEngine, query: string) =>
  (await engine.search({ query, limit: 20 })).annotations.map((hit) => hit.annotationId).sort()

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'crossread-notes-'))
})

afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()))
  await rm(work, { recursive: true, force: true })
})

describe('the notes index', () => {
  it("takes the store's diffs: only the notes named change", async () => {
    const engine = await open()
    await engine.syncAnnotations([note('n1', 'เปรียบเทียบมติ'), note('n2', 'เปรียบเทียบจังหวัด')])
    const version = engine.status().version
    await engine.applyAnnotationChanges({
      put: [note('n3', 'เปรียบเทียบสหกรณ์'), note('n1', 'สหกรณ์การเกษตร')],
      remove: ['n2']
    })
    expect(engine.status().version).toBeGreaterThan(version) // the renderer searches again on it
    expect(await noteIds(engine, 'เปรียบเทียบ')).toEqual(['n3'])
    expect(await noteIds(engine, 'สหกรณ์')).toEqual(['n1', 'n3'])
    // The full list still works beside the diffs, and sends nothing when it agrees with them.
    await engine.syncAnnotations([note('n1', 'สหกรณ์การเกษตร'), note('n3', 'เปรียบเทียบสหกรณ์')])
    expect(await noteIds(engine, 'สหกรณ์')).toEqual(['n1', 'n3'])
  })

  it('is loaded, not rebuilt, when saved current at a generation, and keeps following diffs after', async () => {
    const first = await open()
    await first.syncAnnotations([note('n1', 'เปรียบเทียบมติ')], '7:abc')
    const second = await reopen(first)
    expect(second.annotationsGeneration).toBe('7:abc')
    expect(await noteIds(second, 'เปรียบเทียบ')).toEqual(['n1'])
    await second.applyAnnotationChanges({ put: [note('n2', 'เปรียบเทียบใหม่')], remove: [] })
    second.annotationsCurrentAt('8:def')
    const third = await reopen(second)
    expect(third.annotationsGeneration).toBe('8:def')
    expect(await noteIds(third, 'เปรียบเทียบ')).toEqual(['n1', 'n2'])
    // What the saved index holds is known: the same list again sends nothing and keeps the stamp.
    await third.syncAnnotations([note('n1', 'เปรียบเทียบมติ'), note('n2', 'เปรียบเทียบใหม่')], '8:def')
    expect(third.annotationsGeneration).toBe('8:def')
  })

  it('is not saved as current without a generation, so the next launch rebuilds it', async () => {
    const first = await open()
    await first.syncAnnotations([note('n1', 'เปรียบเทียบมติ')])
    const second = await reopen(first)
    expect(second.annotationsGeneration).toBeNull()
    expect(await noteIds(second, 'เปรียบเทียบ')).toEqual([])
  })
})
