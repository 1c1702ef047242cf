// How much an edited ontology costs: themes detected again from the texts kept with the index (a
// cue added live, a cue removed live, and an ontology changed between launches) against building
// the whole index, which is what an ontology change cost before. Run after a build (it uses the
// built search worker, as the app does): npx tsx tests/bench/theme-redetect.ts [articles, default 1200]
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ThemeOntology } from '../../common/model/intelligence-data'
import { parseDomainWords } from '../../common/text/word-list'
import { intelligenceFiles, readIntelligenceSources } from '../../main/intelligence/intelligence-files'
import { SearchEngine } from '../../main/search/search-engine'
import { writeCorpus } from './generate-corpus'
import { corpusArticles } from './corpus-articles'

const count = Number(process.argv[2] ?? 1200)
const root = resolve(import.meta.dirname, '../..')
const workerEntry = pathToFileURL(join(root, 'out/main/search-worker.js'))
const domainWords = parseDomainWords(readFileSync(join(root, 'resources/domain-words.txt'), 'utf8'))
const { knownDocuments, shippedOntology } = readIntelligenceSources(join(root, 'resources'), null)

const withCue = (ontology: ThemeOntology, theme: string, text: string): ThemeOntology => ({
  ...ontology,
  themes: ontology.themes.map((t) =>
    t.id === theme ? { ...t, cues: [...t.cues, { text, lang: 'th', weight: 1 }] } : t
  )
})
const files = (ontology: ThemeOntology) => intelligenceFiles(knownDocuments, ontology)
const edited = withCue(shippedOntology, 'party-building', 'สำนักงานคณะกรรมการพรรค')
const atLaunch = withCue(edited, 'administrative-reform', 'คำปรึกษา')

const work = await mkdtemp(join(tmpdir(), 'crossread-bench-themes-'))
const corpus = join(work, 'corpus')
const dataDir = join(work, 'data')
const ms = (since: number) => Math.round(performance.now() - since)
try {
  await writeCorpus(corpus, count, join(root, 'resources/articles'))
  const articles = corpusArticles(corpus)

  let started = performance.now()
  const { engine } = await SearchEngine.open({
    dataDir,
    workerEntry,
    domainWords,
    intelligence: files(shippedOntology)
  })
  await engine.sync(articles)
  const fullMs = ms(started)
  const share = (taken: number) => `${Math.round((100 * taken) / fullMs)} % of the full build`
  console.log(`full build: ${articles.length} articles in ${fullMs} ms`)
  await engine.save()

  const carriers = async (theme: string) => (await engine.themeCarriers(theme, 1)).total
  for (const [what, ontology] of [
    ['cue added live', edited],
    ['cue removed live', shippedOntology]
  ] as const) {
    started = performance.now()
    const { reanalysed, documents } = await engine.useIntelligence(files(ontology))
    const redetectMs = ms(started)
    const reread = await engine.sync(articles)
    console.log(
      `${what}: ${reanalysed} detected again in ${redetectMs} ms (${share(redetectMs)}), ${documents} marked stale, ${reread} re-read; party-building carriers now ${await carriers('party-building')}`
    )
  }
  await engine.close()

  started = performance.now()
  const relaunch = await SearchEngine.open({ dataDir, workerEntry, domainWords, intelligence: files(atLaunch) })
  const loadMs = ms(started)
  const reread = await relaunch.engine.sync(articles) // queued after the re-detection open() starts
  console.log(
    `ontology changed between launches: loaded in ${loadMs} ms, ${reread} re-read, ready in ${ms(started)} ms in all, ${share(ms(started))}`
  )
  await relaunch.engine.close()
} finally {
  await rm(work, { recursive: true, force: true })
}
