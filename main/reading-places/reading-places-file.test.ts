// The reading places file: a place noted is what the next launch reads, the least recently read
// articles are forgotten past the limit, a damaged or invalid file is set aside (never written
// over), and a disk that keeps failing is reported once with the places kept in memory.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { READING_PLACES_FILE, ReadingPlacesFile } from './reading-places-file'

const made: string[] = []
const dataDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'crossread-places-'))
  made.push(dir)
  return dir
}
afterEach(async () => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))))

const onDisk = async (dir: string) => JSON.parse(await readFile(join(dir, READING_PLACES_FILE), 'utf8'))
const quiet = () => undefined

describe('the reading places file', () => {
  it('knows no place at first, and a place noted is what the next launch reads', async () => {
    const dir = await dataDir()
    const first = await ReadingPlacesFile.open(dir, quiet, { now: () => 1000 })
    expect(first.get('a.txt')).toBeNull()
    expect(await first.save('a.txt', 1234)).toBeNull()
    expect(await first.save('b.txt', 50)).toBeNull()
    expect(await first.save('a.txt', 2400)).toBeNull()
    const next = await ReadingPlacesFile.open(dir, quiet)
    expect([next.get('a.txt'), next.get('b.txt')]).toEqual([2400, 50])
    expect(await onDisk(dir)).toEqual({
      version: 1,
      places: [
        { articleId: 'b.txt', offset: 50, at: 1000 },
        { articleId: 'a.txt', offset: 2400, at: 1000 }
      ]
    })
  })

  it('forgets the least recently read articles past its limit', async () => {
    const dir = await dataDir()
    const file = await ReadingPlacesFile.open(dir, quiet, { limit: 3 })
    for (const id of ['a', 'b', 'c']) await file.save(id, 10)
    await file.save('a', 20) // read again: now the most recent
    await file.save('d', 30)
    expect(file.articleIds()).toEqual(['c', 'a', 'd'])
    expect(file.get('b')).toBeNull()
    const next = await ReadingPlacesFile.open(dir, quiet, { limit: 2 })
    expect(next.articleIds()).toEqual(['a', 'd'])
  })

  it('writes a burst of places once or twice, not once each, and keeps the last', async () => {
    const dir = await dataDir()
    const file = await ReadingPlacesFile.open(dir, quiet)
    await Promise.all(Array.from({ length: 50 }, (_, offset) => file.save('a', offset)))
    expect((await onDisk(dir)).places).toEqual([expect.objectContaining({ articleId: 'a', offset: 49 })])
  })

  it.each([
    ['not JSON', '{"version": 1, "places": [{"articleId'],
    ['another version', JSON.stringify({ version: 2, places: [] })],
    ['a path for an id', JSON.stringify({ version: 1, places: [{ articleId: '../x', offset: 1, at: 1 }] })],
    ['a negative offset', JSON.stringify({ version: 1, places: [{ articleId: 'a', offset: -5, at: 1 }] })],
    [
      'an article twice',
      JSON.stringify({
        version: 1,
        places: [
          { articleId: 'a', offset: 1, at: 1 },
          { articleId: 'a', offset: 2, at: 2 }
        ]
      })
    ]
  ])('sets aside a file with %s, says so, and never writes over it', async (_, damaged) => {
    const dir = await dataDir()
    await writeFile(join(dir, READING_PLACES_FILE), damaged)
    const notices: string[] = []
    const file = await ReadingPlacesFile.open(dir, (notice) => notices.push(notice))
    expect(file.articleIds()).toEqual([])
    expect(notices).toEqual([expect.stringContaining('damaged and set aside')])
    const aside = (await readdir(dir)).find((name) => name.startsWith(`${READING_PLACES_FILE}.unreadable-`))
    expect(aside && (await readFile(join(dir, aside), 'utf8'))).toBe(damaged)
    expect(await file.save('a', 7)).toBeNull()
    expect(await readFile(join(dir, aside as string), 'utf8')).toBe(damaged)
    expect((await onDisk(dir)).places).toHaveLength(1)
  })

  it('keeps places it could not write in memory, says so once, and writes them at the flush', async () => {
    const dir = join(await dataDir(), 'data')
    const notices: string[] = []
    const file = await ReadingPlacesFile.open(dir, (notice) => notices.push(notice))
    await writeFile(dir, 'a file where the data folder should be') // no folder can be made there
    expect(await file.save('a', 100)).toMatch(/could not be saved .*kept until Crossread closes/)
    expect(await file.save('a', 200)).not.toBeNull()
    expect(notices).toHaveLength(1)
    expect(file.get('a')).toBe(200)
    await rm(dir)
    await mkdir(dir)
    expect(await file.flush()).toBe(true)
    expect((await onDisk(dir)).places).toEqual([expect.objectContaining({ articleId: 'a', offset: 200 })])
  })
})
