// The near-duplicate benchmark: 10,000 articles indexed by the built workers (as the app does, with
// the shipped word list), then the sketches sent to main and every pair found and grouped, timed,
// with the memory main keeps for it; on a corpus with planted copies (recall and precision against
// the plants) and on generate-corpus.ts's shuffled samples (where every paragraph recurs thousands
// of times: boilerplate, so nothing should pair). Run after a build:
//   node --expose-gc --import tsx tests/bench/near-duplicates.ts [count]
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SearchEngine } from '../../main/search/search-engine'
import { NearDuplicateIndex } from '../../main/duplicates/near-duplicate-index'
import { parseDomainWords } from '../../common/text/word-list'
import { writeCorpus } from './generate-corpus'
import { writeNearDuplicateCorpus, type PlantedCopy } from './near-duplicate-corpus'

const root = resolve(import.meta.dirname, '../..')
const count = Number(process.argv[2] ?? 10_000)
const samples = join(root, 'resources/articles')
const workerEntry = new URL(`file://${join(root, 'out/main/search-worker.js')}`)
const domainWords = parseDomainWords(await readFile(join(root, 'resources/domain-words.txt'), 'utf8'))
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

async function measure(label: string, corpus: string, planted: PlantedCopy[] | null) {
  const names = (await readdir(corpus)).sort()
  const articles = await Promise.all(
    names.map(async (name) => ({
      id: name,
      hash: createHash('sha256')
        .update(await readFile(join(corpus, name)))
        .digest('hex'),
      file: join(corpus, name),
      folder: corpus
    }))
  )
  const dataDir = await mkdtemp(join(tmpdir(), 'crossread-bench-dups-'))
  const { engine } = await SearchEngine.open({ dataDir, workerEntry, domainWords })
  let started = performance.now()
  await engine.sync(articles)
  const indexMs = performance.now() - started
  gc()
  const heapBefore = process.memoryUsage()
  started = performance.now()
  const changes = await engine.sketchChanges()
  const sketchMs = performance.now() - started
  const index = new NearDuplicateIndex()
  index.apply(changes)
  started = performance.now()
  const changed = index.compare()
  const compareMs = performance.now() - started
  started = performance.now()
  index.compare() // again, as after a sync that changed one article
  const againMs = performance.now() - started
  started = performance.now()
  index.useDismissals((a, b) => a < b && a.endsWith('1.txt')) // a regroup, as after a dismissal
  const regroupMs = performance.now() - started
  const entries = changes.reduce((sum, shard) => sum + shard.put.reduce((n, [, sketch]) => n + sketch.length, 0), 0)
  gc()
  const heapAfter = process.memoryUsage()
  const kept = heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers
  console.log(`\n${label}: ${names.length} articles, index built in ${(indexMs / 1000).toFixed(1)} s`)
  console.log(
    `  sketches from the workers (all, first time): ${sketchMs.toFixed(0)} ms, ${entries} entries (${mb(entries * 4)})`
  )
  console.log(
    `  pairs found and grouped: ${compareMs.toFixed(0)} ms (again: ${againMs.toFixed(0)} ms; regroup after a dismissal: ${regroupMs.toFixed(0)} ms)`
  )
  console.log(`  main's memory for it after a GC: ${mb(kept)}; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`)
  index.useDismissals(() => false)
  const found = new Set<string>()
  for (const id of names) for (const copy of index.copiesOf(id)) if (id < copy.id) found.add(`${id} ${copy.id}`)
  console.log(`  ${found.size} pairs in ${index.groupList().length} groups (${changed.length} articles in a group)`)
  if (planted) {
    const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`)
    const truth = new Set(planted.map((p) => key(p.copy, p.source)))
    const sourceOf = new Map(planted.map((p) => [p.copy, p.source]))
    const siblings = [...found].filter((pair) => {
      const [a, b] = pair.split(' ') as [string, string]
      return !truth.has(pair) && (sourceOf.get(a) ?? a) === (sourceOf.get(b) ?? b)
    })
    const hits = [...truth].filter((pair) => found.has(pair)).length
    const wrong = found.size - hits - siblings.length
    for (const kind of ['cut-down', 'verbatim'] as const) {
      const of = planted.filter((p) => p.kind === kind)
      const got = of.filter((p) => found.has(key(p.copy, p.source))).length
      console.log(`  ${kind}: ${got} of ${of.length} planted copies found`)
    }
    console.log(
      `  recall ${(hits / truth.size).toFixed(3)}; ${siblings.length} pairs of two copies of one source; ${wrong} false pairs`
    )
  }
  await engine.close()
  await rm(dataDir, { recursive: true, force: true })
}

const work = await mkdtemp(join(tmpdir(), 'crossread-bench-corpora-'))
try {
  const planted = join(work, 'planted')
  const { bytes, planted: plants } = await writeNearDuplicateCorpus(planted, count, samples)
  console.log(`Planted-copies corpus: ${mb(bytes)}, ${plants.length} copies planted`)
  await measure('Planted copies', planted, plants)
  const shuffled = join(work, 'shuffled')
  console.log(`\nShuffled-samples corpus (generate-corpus.ts): ${mb(await writeCorpus(shuffled, count, samples))}`)
  await measure('Shuffled samples', shuffled, null)
} finally {
  await rm(work, { recursive: true, force: true })
}
