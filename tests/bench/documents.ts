// The documents view at scale: 10,000 generated articles imported and indexed by the built workers,
// then every documents method through the API as the renderer calls it (dispatch: validated input):
// the catalogue once the index is ready (cold: the citations in brief asked of both workers), each
// order warm, the most cited document's citing sentences, the review list, a verdict and the list
// after it; then a relaunch, from the services' start to the catalogue. Run after a build:
//   npx electron-vite build && node --expose-gc --import tsx tests/bench/documents.ts [corpus folder]
// (a 10,000-article corpus is generated when the folder, by default /tmp/perf/corpus10k, is missing);
// the view at that size is left in /tmp/documents-10k.png.
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CitationReview, DocumentCitations, DocumentList } from '../../common/model/documents'
import { call, timed, untilIndexed } from './dispatch-calls'
import { pathToFileURL } from 'node:url'
import { startServices } from '../../main/app/start-services'
import { writeCorpus } from './generate-corpus'
import { documentsPaint } from './documents-paint'

const root = resolve(import.meta.dirname, '../..')
const samples = join(root, 'resources/articles')
const work = await mkdtemp(join(tmpdir(), 'crossread-bench-documents-'))
const given = process.argv[2] ?? '/tmp/perf/corpus10k'
const corpus = existsSync(given) ? given : join(work, 'corpus')
const dataDir = join(work, 'data')
const ms = (value: number) => `${value.toFixed(0)} ms`
const began = performance.now()
/** What the services log about the cross-references (documents, duplicates), with when. */
const log = (message: string) => {
  if (/^\[(documents|duplicates)\]/.test(message))
    console.log(`  ${((performance.now() - began) / 1000).toFixed(1)} s ${message}`)
}
const startBuiltServices = (dir: string, bundledFolder: string) =>
  startServices({
    dataDir: dir,
    bundledFolder,
    watch: false,
    log,
    searchWorkerEntry: pathToFileURL(join(root, 'out/main/search-worker.js')),
    openExternal: async () => undefined
  })

try {
  if (corpus !== given) await writeCorpus(corpus, 10_000, samples)
  const total = readdirSync(corpus).length + readdirSync(samples).length
  console.log(`Corpus ${corpus}: ${total.toLocaleString()} articles with the samples`)
  let services = await startBuiltServices(dataDir, samples)
  let started = performance.now()
  await call(services, 'importFolder', { path: corpus })
  let ready = await untilIndexed(services, total)
  console.log(
    `Imported and indexed in ${((ready - started) / 1000).toFixed(1)} s (at ${((ready - began) / 1000).toFixed(1)} s)`
  )
  const list = (sort: string) => call<DocumentList>(services, 'listDocuments', { sort })
  const [coldMs, cold] = await timed(() => list('most-cited'))
  const afterIndex = performance.now() - ready
  const warm = [
    await timed(() => list('most-cited')),
    await timed(() => list('newest')),
    await timed(() => list('code'))
  ]
  const top = cold.documents[0]
  if (!top) throw new Error('no document cited in the corpus')
  const [citingMs, citing] = await timed(() =>
    call<DocumentCitations>(services, 'getDocumentCitations', { document: top.id })
  )
  const [reviewMs, review] = await timed(() => call<CitationReview>(services, 'listCitationReview', {}))
  const first = review.rows[0]
  const [decideMs] = await timed(() =>
    call(services, 'decideCitations', {
      decisions: [{ articleId: first?.article.id, citation: first?.citation, verdict: 'confirmed' }]
    })
  )
  const [afterVerdictMs] = await timed(() => list('most-cited'))
  await services.close()

  started = performance.now()
  services = await startBuiltServices(dataDir, samples)
  ready = await untilIndexed(services, total)
  console.log(`Relaunched: index ready at ${((ready - began) / 1000).toFixed(1)} s`)
  const [relaunchMs] = await timed(() => list('most-cited'))
  const relaunchTotal = performance.now() - started
  const paint = await documentsPaint(services.handlers, '/tmp/documents-10k.png')
  await services.close()

  const sentences = citing.articles.reduce((sum, article) => sum + article.sentences.length, 0)
  const rows: [string, string][] = [
    ['documents cited', `${cold.documents.length} (+${cold.unresolved.length} unresolved Thai references)`],
    ['catalogue, first answer after the index is ready', `${ms(coldMs)} (${ms(afterIndex)} from ready to listed)`],
    ['… warm: most cited / newest / code', warm.map(([t]) => ms(t)).join(' / ')],
    [
      `most cited document (${top.code}): its citing sentences`,
      `${ms(citingMs)} (${citing.articles.length} articles, ${sentences} sentences)`
    ],
    ['review list (doubtful resolutions)', `${ms(reviewMs)} (${review.rows.length} rows of ${review.total})`],
    ['a verdict (journaled), then the list rebuilt', `${ms(decideMs)}, ${ms(afterVerdictMs)}`],
    ['relaunch: catalogue once the index is loaded', `${ms(relaunchMs)} (${ms(relaunchTotal)} from start)`],
    ['Chromium: "Documents" → first documents painted', ms(paint.listMs)],
    ['Chromium: most cited document → its sentences painted', ms(paint.citationsMs)]
  ]
  for (const [what, figure] of rows) console.log(`${what.padEnd(58)} ${figure}`)
} finally {
  await rm(work, { recursive: true, force: true })
}
