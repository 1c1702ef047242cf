import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ParseService } from './parse-service'

const misbehaving = new URL('../../tests/support/misbehaving-parse-worker.ts', import.meta.url)
const article = 'Báo Nhân dân - 2025 - การปฏิรูปกลไก\nเนื้อหาของบทความเกี่ยวกับการปรับปรุงกลไกตามมติที่ 18-NQ/TW\n'
const again = 'Crossread tries it again when the file changes.'
let dir: string
let service: ParseService

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-parse-'))
  for (const name of ['hang.txt', 'crash.txt', 'throw.txt', 'a.txt', 'b.txt', 'c.txt'])
    await writeFile(join(dir, name), article)
})
afterEach(async () => {
  await service.close()
  await rm(dir, { recursive: true, force: true })
})

const title = async (name: string) => {
  const answer = await service.run('summarize', { folder: dir, path: name, knownHash: null })
  return answer.ok ? answer.summary?.title : answer.error
}

describe('the parse service', () => {
  it('answers a file that overruns its budget as skipped, while the thread stays free and other files parse', async () => {
    // Idle workers kept: a slow machine's pauses must not stop one and time its restart.
    const idleMs = { afterImport: 60_000, afterReader: 60_000 }
    service = new ParseService({ sourceEntry: misbehaving, budgetMs: 4000, idleMs })
    await title('a.txt') // both workers loaded, so that loading is not what is timed
    await Promise.all([title('b.txt'), title('c.txt')])
    const lag = monitorEventLoopDelay({ resolution: 10 })
    lag.enable()
    const started = performance.now()
    const hung = title('hang.txt')
    // The other worker goes on parsing while the first one spins.
    expect(await title('b.txt')).toBe('การปฏิรูปกลไก')
    expect(await title('c.txt')).toBe('การปฏิรูปกลไก')
    expect(performance.now() - started).toBeLessThan(3000)
    expect(await hung).toBe(`Reading this file took longer than 4 s; it was skipped. ${again}`)
    lag.disable()
    expect(performance.now() - started).toBeGreaterThanOrEqual(3990)
    // The main thread was never blocked for long (the parse it waited on spun for 4 s).
    expect(lag.max / 1e6).toBeLessThan(1000)
    // The spinning worker was replaced: both workers answer again.
    expect(await Promise.all([title('a.txt'), title('b.txt')])).toEqual(['การปฏิรูปกลไก', 'การปฏิรูปกลไก'])
  }, 60_000)

  it('answers a file that kills its worker, or fails outside the parser, with the reason, and goes on', async () => {
    service = new ParseService({ sourceEntry: misbehaving, workers: 1 })
    const answers = await Promise.all(['crash.txt', 'a.txt', 'throw.txt', 'b.txt'].map(title))
    expect(answers).toEqual([
      `Reading this file stopped the parser (The parser stopped (exit code 3).); it was skipped. ${again}`,
      'การปฏิรูปกลไก',
      `The file could not be parsed (Maximum call stack size exceeded); it was skipped. ${again}`,
      'การปฏิรูปกลไก'
    ])
  }, 60_000)

  it('reads with the real parser: hash, header and the whole article; a missing file is its own failure', async () => {
    service = new ParseService()
    const summary = await service.run('summarize', { folder: dir, path: 'a.txt', knownHash: null })
    expect(summary).toMatchObject({
      ok: true,
      summary: { title: 'การปฏิรูปกลไก', outlet: 'Báo Nhân dân', blockCount: 1 }
    })
    const hash = summary.ok ? summary.hash : ''
    expect(await service.run('summarize', { folder: dir, path: 'b.txt', knownHash: hash })).toEqual({
      ok: true,
      hash,
      summary: null
    })
    const parsed = await service.run('parse', { folder: dir, path: 'a.txt' })
    expect(parsed.ok && parsed.article.blocks.map((block) => block.text)).toEqual([article.split('\n')[1]])
    const gone = await service.run('parse', { folder: dir, path: 'gone.txt' })
    expect(gone).toEqual({ ok: false, error: 'The file does not exist (or is a broken link).' })
  }, 60_000)

  it('ends a parse under way when it closes, without blaming the file', async () => {
    service = new ParseService({ sourceEntry: misbehaving, budgetMs: 60_000 })
    await title('a.txt')
    const started = performance.now()
    const hung = service.run('summarize', { folder: dir, path: 'hang.txt', knownHash: null })
    await new Promise((resolve) => setTimeout(resolve, 200))
    await service.close()
    expect(await hung).toEqual({ ok: false, error: 'Crossread is closing; the file was not read.', fromContent: false })
    expect(performance.now() - started).toBeLessThan(5000)
  }, 60_000)

  it('stops its workers once the import is over, and starts one again for the next file', async () => {
    service = new ParseService({ idleMs: { afterImport: 200, afterReader: 60_000 } })
    await Promise.all([title('a.txt'), title('b.txt')])
    expect(service.liveWorkers).toBeGreaterThan(0)
    await expect.poll(() => service.liveWorkers, { timeout: 10_000, interval: 50 }).toBe(0)
    expect(await title('c.txt')).toBe('การปฏิรูปกลไก')
    // The reader's parse keeps its worker for the next article.
    const opened = await service.run('parse', { folder: dir, path: 'a.txt' })
    expect(opened.ok).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(service.liveWorkers).toBe(1)
  }, 60_000)

  it('answers calls made after closing without starting a worker', async () => {
    service = new ParseService()
    await service.close()
    expect(await title('a.txt')).toBe('Crossread is closing; the file was not read.')
  })
})
