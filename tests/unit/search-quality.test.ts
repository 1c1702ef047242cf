// Search quality on a hand-labelled query set (tests/fixtures/search-queries): each query's
// expected articles were decided by reading them. Reports recall and precision per kind of query
// and fails below 0.95 recall overall.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SearchEngine } from '../../main/search/search-engine'
import { matchedIds } from '../../common/model/search-types'
import { parseDomainWords } from '../../common/text/word-list'

interface LabelledQuery {
  query: string
  kind: string
  expected: string[]
}

const root = resolve(import.meta.dirname, '../..')
const folders = ['resources/articles', 'tests/fixtures/articles', 'tests/fixtures/holdout']
const queries = JSON.parse(
  readFileSync(join(root, 'tests/fixtures/search-queries/queries.json'), 'utf8')
) as LabelledQuery[]
const files = folders.flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => /\.(txt|md|html?)$/i.test(name) && name !== 'README.md')
    .map((name) => `${folder}/${name}`)
)
let dataDir: string
let engine: SearchEngine

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crossread-quality-'))
  // With the shipped domain word list, as the app opens it.
  const domainWords = parseDomainWords(readFileSync(join(root, 'resources/domain-words.txt'), 'utf8'))
  ;({ engine } = await SearchEngine.open({ dataDir, domainWords }))
  await engine.sync(
    files.map((file) => ({
      id: file.replace(/[^A-Za-z0-9._-]/g, '_'),
      hash: createHash('sha256')
        .update(readFileSync(join(root, file)))
        .digest('hex'),
      file: join(root, file),
      folder: root
    }))
  )
}, 60_000)
afterAll(async () => {
  await engine.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('search quality on the hand-labelled query set', () => {
  it('finds at least 95% of the expected articles, and reports precision', async () => {
    const byId = new Map(files.map((file) => [file.replace(/[^A-Za-z0-9._-]/g, '_'), file]))
    const totals = new Map<string, { expected: number; found: number; returned: number; right: number }>()
    const misses: string[] = []
    for (const labelled of queries) {
      const answer = await engine.search({ query: labelled.query, limit: 1 })
      const returned = matchedIds(answer).map((id) => byId.get(id) ?? id)
      const right = returned.filter((file) => labelled.expected.includes(file))
      for (const kind of [labelled.kind, 'all']) {
        const total = totals.get(kind) ?? { expected: 0, found: 0, returned: 0, right: 0 }
        total.expected += labelled.expected.length
        total.found += right.length
        total.returned += returned.length
        total.right += right.length
        totals.set(kind, total)
      }
      const missed = labelled.expected.filter((file) => !returned.includes(file))
      const extra = returned.filter((file) => !labelled.expected.includes(file))
      if (missed.length || extra.length)
        misses.push(`${labelled.query}: missed ${missed.join(', ') || '-'}; extra ${extra.join(', ') || '-'}`)
    }
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
    console.log(
      `\nSearch quality, ${queries.length} queries over ${files.length} articles\n  kind               recall  precision`
    )
    for (const [kind, total] of totals)
      console.log(
        `  ${kind.padEnd(18)} ${ratio(total.found, total.expected).toFixed(3)}   ${ratio(total.right, total.returned).toFixed(3)}`
      )
    if (misses.length) console.log(`\nDisagreements with the labels:\n  ${misses.join('\n  ')}`)
    const all = totals.get('all') ?? { expected: 0, found: 0, returned: 0, right: 0 }
    expect(ratio(all.found, all.expected)).toBeGreaterThanOrEqual(0.95)
  }, 120_000)
})
