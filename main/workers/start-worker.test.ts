import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { startWorker, withoutTsx } from './start-worker'

describe("a worker's Node options", () => {
  it("drop tsx's loader, in every spelling, and keep the rest", () => {
    expect(withoutTsx(['--import', 'tsx', '--max-old-space-size=512'])).toEqual(['--max-old-space-size=512'])
    expect(withoutTsx(['--import=tsx', '--require', 'tsx/cjs', '--cpu-prof'])).toEqual(['--cpu-prof'])
    expect(withoutTsx(['--import', './trace.mjs', '--loader', 'tsx/esm'])).toEqual(['--import', './trace.mjs'])
  })

  it('still start a worker when the rest holds an option a worker may not be given (--trace-gc)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crossread-worker-'))
    const entry = join(dir, 'echo.mjs')
    await writeFile(entry, "import { parentPort } from 'node:worker_threads'\nparentPort.postMessage('up')\n")
    const saved = process.execArgv
    process.execArgv = ['--import', 'tsx', '--trace-gc']
    try {
      const worker = startWorker(new URL('file:///nowhere.ts'), pathToFileURL(entry))
      expect(await new Promise((answer) => worker.once('message', answer))).toBe('up')
      await worker.terminate()
    } finally {
      process.execArgv = saved
      await rm(dir, { recursive: true, force: true })
    }
  })
})
