// Search where the user waits, in a process of its own (the app process: its peak RSS counts the
// parse and search worker threads too). `import`: a data folder holding only seeded annotations
// imports the corpus, indexes it and its notes, and answers the query mix over HTTP, as web mode
// does. `relaunch`: the same data folder opened again; time until a search answers, then the mix
// over HTTP (20 snippets each, after a warm-up on other queries), then each query with `rg -l -F`;
// then the first 40 put in the search box in Chromium, timed to the painted results (search-paint.ts).
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArticle } from '../../main/articles/parse-article'
import type { Services } from '../../main/app/start-services'
import { startBuiltServices } from './built-services'
import type { SearchResults } from '../../common/model/search-types'
import { startWebHost, type WebHost } from '../../main/web/web-host'
import { mixedQueries, percentile, thaiWordsOf } from './query-mix'
import { searchPaint, type SearchPaint } from './search-paint'

const [mode, corpus, dataDir, bundled] = process.argv.slice(2) as ['import' | 'relaunch', string, string, string]
const root = resolve(import.meta.dirname, '../..')
// The probe words first: parsing 500 articles on this thread is the benchmark's work, not the app's.
const names = readdirSync(corpus).sort()
// In a function, so that the 500 articles' texts are garbage before the app starts, not counted as its memory.
function probeWords(): string[] {
  const paragraphs: string[] = []
  for (const name of names.slice(0, 500)) {
    const parsed = parseArticle(readFileSync(join(corpus, name)), name)
    if (parsed.ok) paragraphs.push(parsed.article.title.value, ...parsed.article.blocks.map((block) => block.text))
  }
  return [...new Set(thaiWordsOf(paragraphs))]
}
const thai = probeWords()
const probe = thai.find((word) => word.length >= 4) ?? 'การ'
const started = performance.now()
// BENCH_MEMORY_TRACE=1: the process's RSS every 250 ms on standard error, with the phase it is in.
let phase = 'launch'
const trace = process.env.BENCH_MEMORY_TRACE
  ? setInterval(
      () =>
        console.error(
          `${((performance.now() - started) / 1000).toFixed(1)} s ${phase} ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`
        ),
      250
    )
  : null
const services: Services = await startBuiltServices(dataDir, bundled)
const host: WebHost = await startWebHost({
  rendererDir: join(root, 'out/renderer'),
  handlers: services.handlers,
  log: () => undefined
})

/** Queries timed in the browser too (each waits for the full list to come back in between). */
const PAINTED = 40
let resets = 0
async function search(query: string): Promise<SearchResults> {
  const request = () =>
    fetch(`${host.origin}/api/search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ query, limit: 20 })
    })
  // A kept-alive connection the server closed as it was reused fails once (seen under heavy load); counted, then retried.
  const response = await request().catch(() => {
    resets++
    return request()
  })
  const answer = (await response.json()) as
    { ok: true; value: SearchResults } | { ok: false; error: { message: string } }
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms))
/** Until the index holds every article and the notes: a note's word finds annotations. */
async function untilSearchable(articles: number, probe: string): Promise<SearchResults> {
  for (;;) {
    const answer = await search(probe)
    if (answer.status.state === 'ready' && answer.status.indexed >= articles && answer.annotations.length > 0)
      return answer
    await wait(20)
  }
}

let relaunchMs: number | null = null
if (mode === 'import') {
  await services.synced
  phase = 'import'
  await services.library.importFolder(corpus)
  phase = 'index and notes'
} else {
  await untilSearchable(names.length, probe)
  relaunchMs = performance.now() - started
}
await untilSearchable(names.length, probe)
const searchableMs = performance.now() - started

phase = 'search'
for (const query of mixedQueries(thai, 99).slice(0, 100)) await search(query) // warm-up: other queries
const queries = mixedQueries(thai)
const httpMs: number[] = []
let snippets = 0
for (const query of queries) {
  const queryStarted = performance.now()
  const answer = await search(query)
  httpMs.push(performance.now() - queryStarted)
  snippets += answer.articles.filter((hit) => hit.snippet).length
}
// rg over the same queries after ours, not between them: each rg sweeps the 130 MB corpus through
// both cores' caches, and a query right after one ranked 6 x slower in the worker (1.8 → 11 ms
// median), which is the cost of the grep before it, not of the search. Same run, same files.
const rgMs: number[] = []
let rgMissing = false
for (const query of queries) {
  const rgStarted = performance.now()
  const rg = spawnSync('rg', ['-l', '-F', query.replaceAll('"', ''), corpus], { stdio: 'ignore' })
  if (rg.error) {
    rgMissing = true
    break
  }
  rgMs.push(performance.now() - rgStarted)
}

// Relaunched: the same queries put in the search box of Chromium, timed to the painted answer.
let paint: SearchPaint | null = null
if (mode === 'relaunch') {
  phase = 'paint'
  paint = await searchPaint(host.url, queries.slice(0, PAINTED), names.length)
}

phase = 'close'
await host.close()
await services.close()
if (trace) clearInterval(trace)
console.log(
  JSON.stringify({
    mode,
    articles: names.length,
    queries: queries.length,
    snippetsPerQuery: snippets / queries.length,
    searchableMs,
    relaunchMs,
    httpMedianMs: percentile(httpMs, 0.5),
    httpP95Ms: percentile(httpMs, 0.95),
    rgMedianMs: rgMissing ? null : percentile(rgMs, 0.5),
    rgP95Ms: rgMissing ? null : percentile(rgMs, 0.95),
    paintMedianMs: paint && percentile(paint.paintMs, 0.5),
    paintP95Ms: paint && percentile(paint.paintMs, 0.95),
    connectionResets: resets,
    maxRssMb: process.resourceUsage().maxRSS / 1024
  })
)
