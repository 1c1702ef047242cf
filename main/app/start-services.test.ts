// A second Crossread on a data folder already in use is refused before it writes anything there:
// the lock is taken first, so it never saves a library index of its own over the first one's.
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startServices } from './start-services'

const root = resolve(import.meta.dirname, '../..')
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-second-instance-'))
  await mkdir(join(dir, 'articles'))
  await writeFile(join(dir, 'articles', 'a.txt'), 'Kinhtedothi - 2024 - บทความ\nเนื้อหาเรื่องการปฏิรูปกลไก\n')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

it(
  'refuses a second instance on a data folder in use before it writes the library index',
  { timeout: 60_000 },
  async () => {
    const dataDir = join(dir, 'data')
    // The other instance holds the data folder the way the app does: by opening the annotation store.
    const script = `import { openAnnotationStore } from ${JSON.stringify(join(root, 'main/store/open-store.ts'))}
    await openAnnotationStore(${JSON.stringify(dataDir)}); console.log('holding'); setInterval(() => undefined, 1000)`
    const other = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    try {
      await new Promise<void>((done, fail) => {
        other.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('holding') && done())
        other.on('exit', (code) => fail(new Error(`the lock holder exited (${code})`)))
      })
      const before = (await readdir(dataDir)).sort()
      const second = startServices({
        dataDir,
        bundledFolder: join(dir, 'articles'),
        watch: false,
        openExternal: async () => undefined
      })
      await expect(second).rejects.toThrow(/Another Crossread .* is using this data folder/)
      await new Promise((done) => setTimeout(done, 1500)) // a library index save would be debounced
      expect((await readdir(dataDir)).sort()).toEqual(before)
      expect(before).not.toContain('library-index.json')
    } finally {
      other.kill()
    }
  }
)
