// `cli import` and `cli export` as a user scripting reports runs them: W3C annotations written by
// the app imported into a fresh data folder, then exported from it as CSV and as a REFI-QDA
// project; wrong arguments refused with the usage.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportSummary } from '../../common/model/export'
import { writeW3cAnnotations } from '../export/w3c/write-w3c'
import { startAnnotatedApp } from '../../tests/support/export-fixture'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '../..')
let dir: string
let quotes: string[]

const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, 'main/cli/cli.ts'), ...args], { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => ({
      code: err.code,
      stdout: err.stdout,
      stderr: err.stderr
    })
  )

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-export-cli-'))
  const app = await startAnnotatedApp('export-cli')
  try {
    await writeFile(join(dir, 'notes.jsonld'), writeW3cAnnotations(await app.model()))
    quotes = app.highlights.map((highlight) => highlight.target.quote.exact)
  } finally {
    await app.close()
  }
}, 60_000)
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('cli import and export', () => {
  it('import W3C annotations into a data folder, then export them as CSV and REFI-QDA', async () => {
    const data = join(dir, 'data')
    const imported = await cli('import', '--data-dir', data, join(dir, 'notes.jsonld'))
    expect(imported.code, imported.stderr).toBe(0)
    const summary = JSON.parse(imported.stdout) as ImportSummary
    expect(summary).toMatchObject({ format: 'w3c', added: 5, orphaned: [] }) // 3 highlights, the link, the memo

    const csvFile = join(dir, 'out.csv')
    const exported = await cli('export', '--data-dir', data, '--format', 'csv', '--out', csvFile)
    expect(exported.code, exported.stderr).toBe(0)
    expect(exported.stderr).toMatch(/Wrote .*out\.csv: 2 articles, 3 highlights/)
    const csv = await readFile(csvFile, 'utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1)
    expect(rows.map((row) => row.find((cell) => quotes.includes(cell))).sort()).toEqual([...quotes].sort())

    const qdpx = join(dir, 'out.qdpx')
    const project = await cli('export', '--data-dir', data, '--format', 'qdpx', '--out', qdpx, '--tag', 'ปฏิรูป')
    expect(project.code, project.stderr).toBe(0)
    expect((await readFile(qdpx)).subarray(0, 2).toString('latin1')).toBe('PK')
    // Importing the same file again doubles nothing.
    const again = JSON.parse(
      (await cli('import', '--data-dir', data, join(dir, 'notes.jsonld'))).stdout
    ) as ImportSummary
    expect(again).toMatchObject({ added: 0, unchanged: 5 })
  }, 180_000)

  it('refuse arguments it cannot act on, with the usage', async () => {
    const noFormat = await cli('export', '--data-dir', join(dir, 'data2'), '--out', join(dir, 'x.md'))
    expect(noFormat.code).toBe(2)
    expect(noFormat.stderr).toMatch(/Give --format/)
    expect(noFormat.stderr).toMatch(/Usage: npm run -s cli -- export/)
    const twoScopes = await cli(
      'export',
      '--data-dir',
      dir,
      '--format',
      'md',
      '--out',
      'x',
      '--tag',
      'a',
      '--theme',
      'b'
    )
    expect(twoScopes.stderr).toMatch(/Give one scope/)
    const missing = await cli('import', '--data-dir', join(dir, 'data3'), join(dir, 'nothing.json'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/Import failed: .*nothing\.json: The file does not exist/)
  }, 60_000)
})
