// One bad file never takes others down, and never freezes the thread that answers the app.
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ParseService } from '../parsing/parse-service'
import { Library } from './library'
import { until } from '../../tests/support/until'

const misbehaving = new URL('../../tests/support/misbehaving-parse-worker.ts', import.meta.url)
let root: string
let corpus: string
let libraries: Library[] = []

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'crossread-hostile-'))
  corpus = join(root, 'corpus')
  await mkdir(join(root, 'bundled'))
  await mkdir(corpus)
})
afterEach(async () => {
  await Promise.all(libraries.map((library) => library.close()))
  libraries = []
  await rm(root, { recursive: true, force: true })
})

async function open(options: { watch?: boolean; parser?: ParseService; parseBudgetMs?: number } = {}) {
  const folders = { dataDir: join(root, 'data'), bundledFolder: join(root, 'bundled') }
  const opened = await Library.open({ ...folders, saveDelayMs: 10, log: () => undefined, watch: false, ...options })
  libraries.push(opened.library)
  await opened.synced
  return opened.library
}

const article = (title: string) => `Báo Nhân dân - 2025 - ${title}\nเนื้อหาของบทความเกี่ยวกับการปรับปรุงกลไกตามมติที่ 18-NQ/TW\n`
const unreadable = (library: Library) =>
  Object.fromEntries(
    library.folderStatus().flatMap((folder) => folder.unreadable.map((file) => [file.path, file.reason]))
  )
const titles = (library: Library) =>
  library
    .list()
    .map((entry) => entry.title)
    .sort()

describe('a folder holding hostile files', () => {
  it('imports the normal article with the real parser, accounts for each hostile file, and never blocks the thread', async () => {
    await writeFile(join(corpus, 'normal.txt'), article('บทความปกติ'))
    // Each of these froze the parser for over a minute once: nesting that Readability recursed on
    // until its stack overflowed, and a whitespace run a regular expression backtracked over.
    await writeFile(
      join(corpus, 'deep.html'),
      `<html><body>${'<div>'.repeat(3000)}<p>ข้อความ</p>${'</div>'.repeat(3000)}</body></html>`
    )
    await writeFile(join(corpus, 'spaces.txt'), `Title\n\nsource${' '.repeat(100_000)}a b\n`)
    const library = await open({ parseBudgetMs: 3000 })
    const lag = monitorEventLoopDelay({ resolution: 10 })
    lag.enable()
    const report = await library.importFolder(corpus)
    lag.disable()

    expect(report.error).toBeNull()
    expect(library.folderStatus().map((folder) => folder.path)).toEqual(['Bundled sample articles', corpus])
    expect(titles(library)).toContain('บทความปกติ')
    // Each hostile file is either read (a parser that handles it) or listed with its reason, never lost.
    const listed = new Set(library.list().map((entry) => entry.file))
    const reasons = unreadable(library)
    for (const file of ['deep.html', 'spaces.txt']) {
      if (!listed.has(file))
        expect(reasons[file]).toMatch(/took longer than 3 s|could not be parsed|stopped the parser/)
    }
    expect(report.added + report.unreadable).toBe(3)
    expect(lag.max / 1e6).toBeLessThan(1000)
  }, 120_000)

  it('answers the reader while files hang on every import worker, then lists each bad file with its reason', async () => {
    await writeFile(join(corpus, 'first.txt'), article('ก่อน'))
    const parser = new ParseService({ sourceEntry: misbehaving, budgetMs: 8000 })
    const library = await open({ parser })
    await library.importFolder(corpus)
    const first = library.list()[0]?.id ?? ''
    await writeFile(join(corpus, 'hang-1.txt'), article('ค้าง'))
    await writeFile(join(corpus, 'hang-2.txt'), article('ค้าง'))
    await writeFile(join(corpus, 'crash.txt'), article('ล่ม'))
    await writeFile(join(corpus, 'throw.txt'), article('พัง'))
    await writeFile(join(corpus, 'zz-last.txt'), article('ท้ายสุด'))

    let imported = false
    const importing = library.importFolder(corpus).then((report) => ((imported = true), report))
    // crash.txt and first.txt are taken in; by then hang-1.txt and hang-2.txt are on both workers.
    await until(() => (library.status.get().importing?.done ?? 0) >= 2, 'the import to reach the hanging files', 15_000)
    const opened = await library.get(first)
    expect(opened?.blocks[0]?.text).toMatch(/^เนื้อหาของบทความ/)
    expect(imported).toBe(false)

    const report = await importing
    expect(report).toMatchObject({ added: 1, unchanged: 1, unreadable: 4, error: null })
    expect(titles(library)).toEqual(['ก่อน', 'ท้ายสุด'])
    expect(unreadable(library)).toEqual({
      'hang-1.txt':
        'Reading this file took longer than 8 s; it was skipped. Crossread tries it again when the file changes.',
      'hang-2.txt':
        'Reading this file took longer than 8 s; it was skipped. Crossread tries it again when the file changes.',
      'crash.txt': expect.stringMatching(
        /^Reading this file stopped the parser \(The parser stopped \(exit code 3\)\.\)/
      ),
      'throw.txt': expect.stringMatching(/^The file could not be parsed \(Maximum call stack size exceeded\)/)
    })
  }, 120_000)

  it('does not parse a failed file again until it changes, across a relaunch', async () => {
    await writeFile(join(corpus, 'hang.txt'), article('ค้าง'))
    const first = await open({ parser: new ParseService({ sourceEntry: misbehaving, budgetMs: 2000 }) })
    await first.importFolder(corpus)
    await first.close()

    const started = performance.now()
    const library = await open({ parser: new ParseService({ sourceEntry: misbehaving, budgetMs: 2000 }) })
    expect(performance.now() - started).toBeLessThan(1800) // not another 2 s on hang.txt
    expect(unreadable(library)['hang.txt']).toMatch(/took longer than 2 s/)

    await writeFile(join(corpus, 'hang.txt'), article('ค้าง'))
    await utimes(join(corpus, 'hang.txt'), new Date(), new Date(Date.now() + 5000))
    const report = await library.importFolder(corpus)
    expect(report.unreadable).toBe(1)
    expect(library.status.get().lastImport).toMatchObject({ unreadable: 1 })
  }, 120_000)
})

describe('a watched folder', () => {
  it('lists a file that fails after a change with its reason, never silently, and still takes in good files', async () => {
    await writeFile(join(corpus, 'first.txt'), article('แรก'))
    const library = await open({ watch: true, parser: new ParseService({ sourceEntry: misbehaving, budgetMs: 8000 }) })
    await library.importFolder(corpus)
    await new Promise((resolve) => setTimeout(resolve, 300)) // let the watcher settle

    await writeFile(join(corpus, 'throw-late.txt'), article('พัง'))
    await writeFile(join(corpus, 'crash-late.txt'), article('ล่ม'))
    await writeFile(join(corpus, 'late.txt'), article('มาทีหลัง'))
    await until(() => titles(library).includes('มาทีหลัง'), 'the good file', 15_000)
    await until(() => Object.keys(unreadable(library)).length === 2, 'both bad files listed', 15_000)
    expect(unreadable(library)).toEqual({
      'throw-late.txt': expect.stringMatching(/could not be parsed \(Maximum call stack size exceeded\)/),
      'crash-late.txt': expect.stringMatching(/stopped the parser/)
    })
  }, 60_000)

  it('parses a failed file once when an import and the watcher both see it arrive', async () => {
    await writeFile(join(corpus, 'first.txt'), article('แรก'))
    const library = await open({ watch: true, parser: new ParseService({ sourceEntry: misbehaving, budgetMs: 3000 }) })
    await library.importFolder(corpus) // also starts a worker
    await new Promise((resolve) => setTimeout(resolve, 300)) // let the watcher settle

    const started = performance.now()
    await writeFile(join(corpus, 'hang.txt'), article('ค้าง'))
    await library.importFolder(corpus) // 3 s on hang.txt; the watcher's event for it queues meanwhile
    await new Promise((resolve) => setTimeout(resolve, 600))
    await library.importFolder(corpus) // runs after the watcher's event
    expect(unreadable(library)['hang.txt']).toMatch(/took longer than 3 s/)
    expect(performance.now() - started).toBeLessThan(5500) // not another 3 s for the watcher's event
  }, 60_000)
})
