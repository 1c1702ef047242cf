// A saved shard reads back answering as it was built, and a postings file cut short or damaged is
// refused (the shard is then rebuilt), never misread.
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseQueryAlternatives } from '../../common/text/query'
import { documentWords } from './document-words'
import { loadShard, saveShard } from './shard-file'
import { ShardIndex } from './shard-index'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-shard-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function savedShard(): Promise<ShardIndex> {
  const index = new ShardIndex()
  const add = (id: string, title: string, blocks: string[]) =>
    index.add({ id, hash: id, file: '', folder: '' }, documentWords(title, blocks), [title, ...blocks])
  add('a', 'การปฏิรูปกลไก', ['ปฏิรูปการบริหารจังหวัด', 'Báo Nhân dân'])
  add('b', 'ประชุมจังหวัด', ['การประชุมของจังหวัดและกลไกใหม่'])
  add('c', 'ข่าวสั้น', ['ไม่มีอะไร'])
  index.remove('c')
  await saveShard(dir, 0, index)
  return index
}
const answer = (index: ShardIndex | null, query: string) => index?.rank(parseQueryAlternatives(query))

describe('a saved shard', () => {
  it('reads back answering exactly as it was built, the removed document gone', async () => {
    const built = await savedShard()
    const loaded = await loadShard(dir, 0)
    for (const query of ['ปฏิรูป', 'จังหวัด', 'กลไก', 'nhan dan', '"ปฏิรูป กลไก"', 'ไม่มี'])
      expect(answer(loaded, query)).toEqual(answer(built, query))
    expect(answer(loaded, 'จังหวัด')?.ids).toEqual(['b', 'a'])
    expect(answer(loaded, 'ไม่มี')?.ids).toEqual([])
  })

  it('reads back a shard saved before its postings carried a checksum, checking them pair by pair', async () => {
    const built = await savedShard()
    const manifest = JSON.parse(await readFile(join(dir, 'shard-0.json'), 'utf8'))
    expect(typeof manifest.postingsCrc).toBe('number')
    delete manifest.postingsCrc
    await writeFile(join(dir, 'shard-0.json'), JSON.stringify(manifest))
    expect(answer(await loadShard(dir, 0), 'จังหวัด')).toEqual(answer(built, 'จังหวัด'))
  })

  it('is refused when its postings are cut short or name a document it does not have', async () => {
    await savedShard()
    const postings = (await readdir(dir)).find((name) => name.endsWith('.postings')) as string
    await truncate(join(dir, postings), 40)
    expect(await loadShard(dir, 0)).toBeNull()
    // Whole, but its one posting is of document 5 in a shard of 2.
    await writeFile(join(dir, postings), new Uint8Array(new Uint32Array([2, 2, 1, 1, 1, 1, 1, 1, 0, 1, 5, 1]).buffer))
    expect(await loadShard(dir, 0)).toBeNull()
  })
})
