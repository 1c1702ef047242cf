// The file holds every run's numbers in order, whether a run fits the buffer, spans it or fills it exactly.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { writeUint32Runs } from './write-uint32-runs'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-runs-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

it('writes the runs back to back, across buffer boundaries', async () => {
  const runs = [[1, 2], [], [3, 4, 5, 6, 7, 8, 9], [10, 11], [4_000_000_000]].map((run) => Uint32Array.from(run))
  const path = join(dir, 'words')
  expect(await writeUint32Runs(path, runs, 4)).toBe(4 * 12)
  const bytes = await readFile(path)
  expect([...new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)]).toEqual([
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 4_000_000_000
  ])
  expect(await writeUint32Runs(path, [], 4)).toBe(0)
  expect((await readFile(path)).byteLength).toBe(0)
})
