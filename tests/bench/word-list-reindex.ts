// How much a changed domain word list costs: a word kept from the reader (live) and a word added
// between launches, each against building the whole index. Run after a build (it uses the built
// search worker, as the app does): npx tsx tests/bench/word-list-reindex.ts [articles, default 1200]
// The synthetic corpus reuses the samples' paragraphs, so a word of them is far more common here
// than in a real corpus: the documents re-read are an upper bound of what one word costs.
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseDomainWords } from '../../common/text/word-list'
import { readIntelligenceFiles } from '../../main/intelligence/intelligence-files'
import { SearchEngine } from '../../main/search/search-engine'
import { writeCorpus } from './generate-corpus'
import { corpusArticles } from './corpus-articles'

const count = Number(process.argv[2] ?? 1200)
const root = resolve(import.meta.dirname, '../..')
const workerEntry = pathToFileURL(join(root, 'out/main/search-worker.js'))
const shipped = parseDomainWords(readFileSync(join(root, 'resources/domain-words.txt'), 'utf8'))
const intelligence = readIntelligenceFiles(join(root, 'resources'), null)
// Compounds ICU cuts apart and the shipped list lacks, from common to rare in this corpus, and one
// for the relaunch.
const LIVE = ['คำปรึกษา', 'เชิงรุก', 'ทฤษฎีการเมือง']
const AT_LAUNCH = 'ลงทุนสาธารณะ'

const work = await mkdtemp(join(tmpdir(), 'crossread-bench-words-'))
const corpus = join(work, 'corpus')
const dataDir = join(work, 'data')
const ms = (since: number) => Math.round(performance.now() - since)
try {
  await writeCorpus(corpus, count, join(root, 'resources/articles'))
  const articles = corpusArticles(corpus)
  const holding = (word: string) =>
    articles.filter((article) => readFileSync(article.file, 'utf8').normalize('NFC').includes(word)).length

  let started = performance.now()
  const { engine } = await SearchEngine.open({ dataDir, workerEntry, domainWords: shipped, intelligence })
  await engine.sync(articles)
  const fullMs = ms(started)
  const share = (taken: number) => `${Math.round((100 * taken) / fullMs)} % of the full build`
  console.log(`full build: ${articles.length} articles in ${fullMs} ms`)
  await engine.save()

  let words = shipped
  for (const word of LIVE) {
    words = [...words, word]
    started = performance.now()
    const { documents } = await engine.useDomainWords(words)
    const markMs = ms(started)
    const reread = await engine.sync(articles)
    console.log(
      `kept live: ${word}: ${documents} marked stale in ${markMs} ms, ${reread} re-read and indexed, ${ms(started)} ms in all, ${share(ms(started))} (files holding it: ${holding(word)})`
    )
  }
  await engine.close()

  started = performance.now()
  const relaunch = await SearchEngine.open({ dataDir, workerEntry, domainWords: [...words, AT_LAUNCH], intelligence })
  const loadMs = ms(started)
  const reread = await relaunch.engine.sync(articles)
  console.log(
    `added between launches: ${AT_LAUNCH}: loaded in ${loadMs} ms, ${reread} re-read and indexed, ${ms(started)} ms in all, ${share(ms(started))} (files holding it: ${holding(AT_LAUNCH)})`
  )
  await relaunch.engine.close()
} finally {
  await rm(work, { recursive: true, force: true })
}
