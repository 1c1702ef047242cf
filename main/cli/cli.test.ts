import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '../..')
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-cli-'))
  await writeFile(join(dir, 'bad.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, 'main/cli/cli.ts'), ...args], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: JSON.parse(stdout) as Record<string, unknown>[], stderr }),
    (err: { code: number; stdout: string; stderr: string }) => ({
      code: err.code,
      output: JSON.parse(err.stdout || '[]') as Record<string, unknown>[],
      stderr: err.stderr
    })
  )

/** The files that froze or crashed `cli parse` (issue 10), each beside a normal article. */
const HOSTILE: [string, string][] = [
  ['source-spaces.txt', `Title\n\nsource${' '.repeat(100_000)}a b\n`],
  ['date-spaces.txt', `11/11/2020${' '.repeat(100_000)}x`],
  ['a-spaces-b.txt', `a${' '.repeat(100_000)}b`],
  [
    'title-spaces.html',
    `<html><head><title>aaaaaa${' '.repeat(100_000)}b</title></head><body><p>เนื้อหา</p></body></html>`
  ],
  ['brackets.md', `${'['.repeat(100_000)}\n`],
  ['thai-line.txt', 'ก'.repeat(6_600_000)],
  ['nested.html', `<html><body>${'<div>'.repeat(3000)}<p>ข้อความ</p>${'</div>'.repeat(3000)}</body></html>`]
]

describe('cli parse', () => {
  it('prints one object per file, in order, and an error object for a file it cannot read', async () => {
    const sample = join(root, 'resources/articles/003_2ad0d5beb5545534.txt')
    const { code, output } = await cli('parse', sample, join(dir, 'bad.txt'), join(dir, 'missing.txt'))
    expect(code).toBe(0)
    expect(output).toHaveLength(3)
    expect(output[0]).toMatchObject({
      file: sample,
      title: 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง',
      outlet: 'Báo Nhân dân',
      date: '2025-10-18',
      sourceUrl: 'https://nhandan.vn/khong-ngung-doi-moi-nang-tam-cong-tac-tham-muu-phuc-vu-post916210.html',
      warnings: []
    })
    expect(output[0]?.titleConfidence).toBeGreaterThan(0.5)
    expect((output[0]?.paragraphs as { kind: string }[]).filter((p) => p.kind === 'caption')).toHaveLength(1)
    expect(output[0]?.removed).toContainEqual({
      line: 'Vietnam.vn - Nền tảng quảng bá Việt Nam',
      lineNumber: 1,
      reason: 'banner'
    })
    expect(output[1]).toEqual({ file: join(dir, 'bad.txt'), error: expect.stringMatching(/not a text file/) })
    expect(output[2]).toEqual({ file: join(dir, 'missing.txt'), error: expect.stringMatching(/does not exist/) })
  })

  it('prints the documents each article cites, resolved, and the themes it is about with their evidence', async () => {
    const sample = join(root, 'resources/articles/001_f9f5c4dc7799c9e7.txt')
    const { output } = await cli('parse', sample)
    const documents = output[0]?.documents as {
      id: string
      resolved: { date: string } | null
      sentence: string
      form: string
    }[]
    expect(documents.map((d) => d.id)).toEqual(['18-NQ/TW', '02-PA/TU'])
    expect(documents[0]).toMatchObject({ form: 'code', resolved: { date: '2017-10-25', term: 'XII' } })
    expect(documents[0]?.sentence).toContain('18 - NQ/TW')
    const themes = output[0]?.themes as { id: string; evidence: { paragraph: number; cues: { cue: string }[] }[] }[]
    expect(themes.map((t) => t.id)).toEqual(['apparatus-streamlining'])
    expect(themes[0]?.evidence[0]?.cues.length).toBeGreaterThan(0)
  })

  it('answers each file that froze or crashed it with its own result, and still parses the normal article', async () => {
    const files = await Promise.all(
      HOSTILE.map(async ([name, content]) => {
        await writeFile(join(dir, name), content)
        return join(dir, name)
      })
    )
    const sample = join(root, 'resources/articles/003_2ad0d5beb5545534.txt')
    const start = performance.now()
    const { code, output, stderr } = await cli('parse', ...files, sample)
    // Before: over 40 s for each 100 KB file, and a stack trace for the Thai line. Startup under load is most of this.
    expect(performance.now() - start).toBeLessThan(30_000)
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(output.map((result) => result.file)).toEqual([...files, sample])
    for (const result of output.slice(0, -1)) {
      expect(result, String(result.file)).not.toHaveProperty('error')
      expect(
        (result.paragraphs as unknown[]).length + (result.removed as unknown[]).length,
        String(result.file)
      ).toBeGreaterThan(0)
    }
    expect(output[HOSTILE.length - 1]?.warnings).toContainEqual(expect.stringMatching(/nested 3003 levels deep/))
    expect(output.at(-1)).toMatchObject({
      title: 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง',
      outlet: 'Báo Nhân dân'
    })
  }, 60_000)

  it('exits non-zero only when no file could be read', async () => {
    const { code, output } = await cli('parse', join(dir, 'bad.txt'))
    expect(code).toBe(1)
    expect(output).toHaveLength(1)
  })
})

describe('cli search', () => {
  const search = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', join(root, 'main/cli/cli.ts'), 'search', ...args], { cwd: root }).then(
      ({ stdout, stderr }) => ({
        results: JSON.parse(stdout) as Array<{
          file: string
          title: string
          score: number
          snippet: string
          marks: Array<{ start: number; end: number }>
        }>,
        stats: stderr.trim() ? (JSON.parse(stderr.trim().split('\n').pop() ?? '{}') as Record<string, number>) : null
      })
    )

  it('answers in rank order from an index it builds once and then keeps', { timeout: 60_000 }, async () => {
    // three cold CLI runs
    const dataDir = join(dir, 'data')
    const first = await search(
      '--data-dir',
      dataDir,
      '--library',
      join(root, 'tests/fixtures/articles'),
      '--limit',
      '3',
      '--stats',
      '18 - NQ/TW'
    )
    expect(first.results.length).toBe(3)
    const scores = first.results.map((result) => result.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    for (const result of first.results) {
      expect(result.title).not.toBe('')
      expect(result.marks.map((mark) => result.snippet.slice(mark.start, mark.end).replace(/\s+/g, ''))).toContain(
        '18-NQ/TW'
      )
    }
    expect(first.stats?.reindexed).toBeGreaterThan(40)

    const again = await search('--data-dir', dataDir, '--stats', '18-nq/tw')
    expect(again.stats?.reindexed).toBe(0)
    expect(again.results.slice(0, 3).map((result) => result.file)).toEqual(first.results.map((result) => result.file))
    expect((await search('--data-dir', dataDir, 'ไม่มีคำนี้ในคลังเลยแน่นอน')).results).toEqual([])
  })
})

/** Every file under a folder with its size, mtime and content hash: "changes nothing" made checkable. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
  const described = await Promise.all(
    files.map(async (file) => {
      const info = await stat(file)
      return [
        file,
        `${info.size} ${info.mtimeMs} ${createHash('sha256')
          .update(await readFile(file))
          .digest('hex')}`
      ] as const
    })
  )
  return Object.fromEntries(described)
}

describe('cli search while the app has the data folder open', () => {
  it('refuses in one line, exits non-zero and changes nothing in the data folder', { timeout: 60_000 }, async () => {
    const dataDir = join(dir, 'shared-data')
    const newFolder = join(dir, 'new-folder')
    await mkdir(newFolder)
    await writeFile(join(newFolder, 'one.txt'), 'Báo Nhân dân - 2025 - หนึ่ง\nเนื้อหาของบทความ\n')
    await run(
      process.execPath,
      ['--import', 'tsx', join(root, 'main/cli/cli.ts'), 'search', '--data-dir', dataDir, 'ข่าว'],
      { cwd: root }
    )

    // The app takes the data folder's lock when it opens the annotation store: hold it the same way.
    const script = `import { openAnnotationStore } from ${JSON.stringify(join(root, 'main/store/open-store.ts'))}
      await openAnnotationStore(${JSON.stringify(dataDir)}); console.log('holding'); setInterval(() => undefined, 1000)`
    const app = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    try {
      await new Promise<void>((resolve, reject) => {
        app.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('holding') && resolve())
        app.on('exit', (code) => reject(new Error(`the lock holder exited (${code})`)))
      })
      const before = await snapshot(dataDir)
      const args = [
        '--import',
        'tsx',
        join(root, 'main/cli/cli.ts'),
        'search',
        '--data-dir',
        dataDir,
        '--library',
        newFolder,
        'ข่าว'
      ]
      const refused = await run(process.execPath, args, { cwd: root }).then(
        () => null,
        (err: { code: number; stdout: string; stderr: string }) => err
      )
      expect(refused?.code).toBe(1)
      expect(refused?.stdout).toBe('')
      const holder = `Another Crossread \\(process ${app.pid}, started [^)]+\\) is using this data folder\\.`
      expect(refused?.stderr).toMatch(new RegExp(`^Search refused, nothing was changed: ${holder}[^\\n]*\\n$`))
      expect(await snapshot(dataDir)).toEqual(before)
      expect(JSON.stringify(before)).not.toContain('new-folder')
    } finally {
      app.kill()
    }
  })
})
