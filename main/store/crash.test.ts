// Durability under SIGKILL: a child writes the store in a loop and is killed at random moments,
// over and over. After every kill the store must load as written (no recovery needed), holding at
// least everything the child had seen flushed to disk.
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mulberry32 } from '../../tests/bench/generate-corpus'
import { openAnnotationStore } from './open-store'

const child = resolve(import.meta.dirname, '../../tests/support/store-writer-child.ts')
const KILLS = 20
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-crash-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

function runAndKill(afterMs: number): Promise<{ acknowledged: number; flushes: number }> {
  return new Promise((done, fail) => {
    const writer = spawn(process.execPath, ['--import', 'tsx', child, dir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let acknowledged = -1
    let flushes = 0
    let errors = ''
    let buffered = ''
    let timer: NodeJS.Timeout | null = null
    writer.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        acknowledged = Math.max(acknowledged, Number(line))
        flushes += 1
      }
      // Start the clock once the child is writing, so every kill lands mid-stream.
      timer ??= setTimeout(() => writer.kill('SIGKILL'), afterMs)
    })
    writer.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    writer.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? done({ acknowledged, flushes }) : fail(new Error(`writer exited by itself: ${errors}`))
    )
  })
}

describe('the store under SIGKILL', () => {
  it(`always loads after ${KILLS} kills at random moments, keeping everything acknowledged`, async () => {
    const random = mulberry32(7)
    let totalFlushes = 0
    for (let round = 0; round < KILLS; round++) {
      const { acknowledged, flushes } = await runAndKill(100 + Math.floor(random() * 500))
      totalFlushes += flushes
      // Opening takes over the dead writer's lock, then reads the shard.
      const { store, notices, lock } = await openAnnotationStore(dir)
      const told: string[] = []
      store.onNotice = (notice) => told.push(notice)
      await store.ensureArticle('a0123456789abcde')
      store.close()
      await lock?.release()
      expect([...notices, ...told]).toEqual([]) // the files themselves were intact: no backup needed
      const edits = store
        .annotationsOf('a0123456789abcde')
        .map((annotation) => annotation.target.position.start)
        .sort((a, b) => a - b)
      const highest = edits.at(-1) ?? -1
      expect(highest).toBeGreaterThanOrEqual(acknowledged)
      // A whole write holds the last 200 edits exactly: no torn or mixed file.
      const window = Array.from(
        { length: Math.min(200, highest + 1) },
        (_, i) => highest - Math.min(200, highest + 1) + 1 + i
      )
      expect(edits).toEqual(window)
    }
    // Each flush durably replaces two files (the shard, then the manifest).
    console.log(
      `crash test: ${KILLS} SIGKILLs over ${totalFlushes} completed flushes (${2 * totalFlushes} durable file replacements); the store loaded intact every time`
    )
    // The kills must land among writes: on average five flushes a run (about 25 on an idle machine,
    // 15 on a loaded CI one), so that a store that stopped writing cannot pass.
    expect(totalFlushes).toBeGreaterThan(KILLS * 5)
  }, 90_000)
})
