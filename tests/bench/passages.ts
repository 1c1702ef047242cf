// The passages view at scale: 100,000 annotations over 10,000 articles (60% tagged with one of 200
// tags, six colours, as the store benchmark builds them). The API's first page for a tag, cold
// (the first request reads every shard once into the passage index) and warm; then, on a relaunch,
// the view in Debian's Chromium, from the click on a tag's count in the codebook to the frame that
// paints its first passages (cold, then warm). Run after a build:
//   npx electron-vite build && node --expose-gc --import tsx tests/bench/passages.ts [articles] [annotations]
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { PassagePage } from '../../common/model/passages'
import type { SearchResults } from '../../common/model/search-types'
import type { Services } from '../../main/app/start-services'
import { startBuiltServices } from './built-services'
import { writeCorpus } from './generate-corpus'
import { passagesPaint } from './passages-paint'

const root = resolve(import.meta.dirname, '../..')
const articles = Number(process.argv[2] ?? 10_000)
const annotations = Number(process.argv[3] ?? 100_000)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const ms = (value: number) => `${value.toFixed(1)} ms`
const work = await mkdtemp(join(tmpdir(), 'crossread-bench-passages-'))
const corpus = join(work, 'corpus')
const dataDir = join(work, 'data')
const empty = join(work, 'no-bundled')

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now()
  const value = await work()
  return [performance.now() - started, value]
}
async function call<T>(services: Services, method: keyof Services['handlers'], input: unknown): Promise<T> {
  const handler = services.handlers[method] as (input: unknown) => Promise<T>
  return handler(input)
}
const page = (services: Services, filter: object, offset = 0) =>
  call<PassagePage>(services, 'listPassages', { filter, sort: 'date-desc', offset, limit: 100 })
/** Until the search index holds every article: its workers would otherwise share the cores with what is timed. */
async function untilIndexed(services: Services): Promise<void> {
  for (;;) {
    const { status } = await call<SearchResults>(services, 'search', { query: 'การ', limit: 1 })
    if (status.state === 'ready' && status.indexed >= articles) return
    await new Promise((done) => setTimeout(done, 500))
  }
}
const heapMb = () => {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 1e6
}

try {
  await mkdir(empty)
  console.log(`Generating ${articles.toLocaleString()} articles and ${annotations.toLocaleString()} annotations…`)
  await writeCorpus(corpus, articles, join(root, 'resources/articles'))
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'tests/bench/seed-annotations.ts'),
      corpus,
      dataDir,
      join(root, 'resources/articles'),
      String(annotations)
    ],
    { stdio: 'inherit' }
  )

  // 1. The API, in process: cold (builds the index), then warm.
  let services = await startBuiltServices(dataDir, empty)
  await services.library.importFolder(corpus)
  console.log('Imported; waiting for the search index…')
  await untilIndexed(services)
  const heapBefore = heapMb()
  const [coldMs, cold] = await timed(() => page(services, { tag: 't7' }))
  const indexHeapMb = heapMb() - heapBefore
  const [sameMs] = await timed(() => page(services, { tag: 't7' }))
  const otherTags: number[] = []
  for (let t = 20; t < 40; t++) otherTags.push((await timed(() => page(services, { tag: `t${t}` })))[0])
  const [colourMs, colour] = await timed(() => page(services, { color: 'green' }))
  const [allMs, all] = await timed(() => page(services, {}))
  const [nextPageMs] = await timed(() => page(services, {}, 50_000))
  const [comboMs] = await timed(() => page(services, { tag: 't9', color: 'blue' }))
  await services.close()

  // 2. A relaunch, the view in Chromium: cold (its first request builds the index), then warm.
  services = await startBuiltServices(dataDir, empty)
  await services.synced
  await untilIndexed(services)
  const paint = await passagesPaint(
    services.handlers,
    ['แท็กที่ 7', 'แท็กที่ 21', 'แท็กที่ 22', 'แท็กที่ 23', 'แท็กที่ 24', 'แท็กที่ 25'],
    join(root, 'test-results/screenshots/passages-100k.png')
  )
  await services.close()

  const rows: [string, string, string][] = [
    ['store', `${annotations.toLocaleString()} annotations over ${articles.toLocaleString()} articles`, ''],
    [
      'first page of a tag, cold (reads every shard once)',
      `${ms(coldMs)} (${cold.total} passages, ${cold.articles} articles)`,
      ''
    ],
    ['… the same page again (order kept)', ms(sameMs), ''],
    ['… another tag (median of 20)', `${ms(median(otherTags))} (max ${ms(Math.max(...otherTags))})`, ''],
    ['first page of a colour', `${ms(colourMs)} (${colour.total.toLocaleString()} passages)`, ''],
    ['first page of every passage (no filter)', `${ms(allMs)} (${all.total.toLocaleString()} passages)`, ''],
    ['… page at offset 50,000 (order kept)', ms(nextPageMs), ''],
    ['a tag and a colour', ms(comboMs), ''],
    [
      'passage index, heap',
      `${indexHeapMb.toFixed(0)} MB${globalThis.gc ? '' : ' (run with --expose-gc for a clean figure)'}`,
      ''
    ],
    ['Chromium: codebook count → passages painted, cold', ms(paint.coldMs), '≤ 200 ms'],
    [
      'Chromium: … warm (median of the others)',
      `${ms(median(paint.warmMs))} (max ${ms(Math.max(...paint.warmMs))})`,
      '≤ 200 ms'
    ]
  ]
  console.log('\nPassages view benchmark')
  for (const [what, value, target] of rows) console.log(`  ${what.padEnd(54)} ${value.padEnd(44)} ${target}`)
  await mkdir(join(root, 'test-results'), { recursive: true })
  await writeFile(
    join(root, 'test-results/bench-passages.json'),
    JSON.stringify(
      { articles, annotations, coldMs, sameMs, otherTags, colourMs, allMs, nextPageMs, comboMs, indexHeapMb, paint },
      null,
      2
    )
  )
} finally {
  await rm(work, { recursive: true, force: true })
}
