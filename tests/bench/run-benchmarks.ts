// `npm run bench`: the import figures issue #4 sets targets for, on a generated 10,000-article
// corpus. Prints a table and writes test-results/bench-library.json.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArticle } from '../../main/articles/parse-article'
import { writeCorpus } from './generate-corpus'

const root = resolve(import.meta.dirname, '../..')
const count = Number(process.env.BENCH_ARTICLES ?? 10_000)
const work = await mkdtemp(join(tmpdir(), 'crossread-bench-'))
const corpus = join(work, 'corpus')
const empty = join(work, 'no-bundled')
await mkdir(empty)

try {
  console.log(`Generating ${count.toLocaleString()} articles…`)
  const bytes = await writeCorpus(corpus, count, join(root, 'resources/articles'))

  // Parse throughput on one core, from memory (no I/O), after a warm-up.
  const files = readdirSync(corpus).map((name) => [name, readFileSync(join(corpus, name))] as const)
  for (const [name, data] of files.slice(0, 200)) parseArticle(data, name)
  const parseStart = performance.now()
  for (const [name, data] of files) parseArticle(data, name)
  const parseSeconds = (performance.now() - parseStart) / 1000

  const child = (mode: string) =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(root, 'tests/bench/library-child.ts'), mode, join(work, 'data'), corpus, empty], { encoding: 'utf8' }))
  const imported = child('import')
  const relaunched = child('relaunch')
  const indexBytes = (await stat(join(work, 'data', 'library-index.json'))).size

  const rows: [string, string, string][] = [
    ['corpus', `${count.toLocaleString()} articles, ${(bytes / 1e6).toFixed(1)} MB`, ''],
    ['parse throughput (one core)', `${(bytes / 1e6 / parseSeconds).toFixed(1)} MB/s`, ''],
    ['full import (read, parse, persist)', `${(imported.importMs / 1000).toFixed(2)} s`, '≤ 10 s'],
    ['import peak memory (RSS)', `${imported.maxRssMb.toFixed(0)} MB`, '≤ 400 MB'],
    ['relaunch until listed', `${relaunched.listedAfterMs.toFixed(0)} ms (${relaunched.listed.toLocaleString()} listed)`, '≤ 1000 ms'],
    ['relaunch, folders re-checked', `${relaunched.syncedAfterMs.toFixed(0)} ms, ${relaunched.lastSync.changed + relaunched.lastSync.added} re-parsed`, ''],
    ['relaunch peak memory (RSS)', `${relaunched.maxRssMb.toFixed(0)} MB`, '≤ 400 MB'],
    ['index on disk', `${(indexBytes / 1e6).toFixed(1)} MB`, '']
  ]
  console.log('\nLibrary benchmark')
  for (const [what, value, target] of rows) console.log(`  ${what.padEnd(36)} ${value.padEnd(34)} ${target}`)
  await mkdir(join(root, 'test-results'), { recursive: true })
  await writeFile(join(root, 'test-results/bench-library.json'), JSON.stringify({ count, bytes, parseSeconds, imported, relaunched, indexBytes }, null, 2))
  const ok = imported.importMs <= 10_000 && relaunched.listedAfterMs <= 1000 && Math.max(imported.maxRssMb, relaunched.maxRssMb) <= 400
  if (!ok) console.log('\nA target was missed.')
  process.exitCode = ok ? 0 : 1
} finally {
  await rm(work, { recursive: true, force: true })
}
