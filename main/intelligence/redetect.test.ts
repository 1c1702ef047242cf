// An edited ontology is detected again from the texts kept with the index, not by re-indexing:
// at a relaunch against a shard analysed under another ontology, and live when the user edits it,
// no article is read again (sync answers how many it read), searches find what they found, and
// the analyses are those a full build under the new ontology makes. Known documents that change
// what an article's Thai mentions resolve to re-read only that article (its postings hold the code).
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseDomainWords } from '../../common/text/word-list'
import { matchedIds } from '../../common/model/search-types'
import type { ThemeOntology } from '../../common/model/intelligence-data'
import { SearchEngine } from '../search/search-engine'
import { intelligenceFiles, readIntelligenceSources, type IntelligenceFiles } from './intelligence-files'
import { OpenEngines, searchableArticlesIn } from '../../tests/support/engine-fixtures'

const resources = resolve(import.meta.dirname, '../../resources')
const domainWords = parseDomainWords(await readFile(join(resources, 'domain-words.txt'), 'utf8'))
const { knownDocuments, shippedOntology } = readIntelligenceSources(resources, null)
const CUE = 'คำปรึกษา' // "advice": six paragraphs of the Nhân dân article, no cue of any theme
const THEME = 'administrative-reform'
let work: string
const engines = new OpenEngines()

/** The shipped ontology with CUE added to THEME. */
const withCue: ThemeOntology = {
  ...shippedOntology,
  themes: shippedOntology.themes.map((theme) =>
    theme.id === THEME ? { ...theme, cues: [...theme.cues, { text: CUE, lang: 'th', weight: 1 }] } : theme
  )
}
const files = (ontology: ThemeOntology, known = knownDocuments) => intelligenceFiles(known, ontology)

const open = (intelligence: IntelligenceFiles, data = 'data') =>
  engines.open({ dataDir: join(work, data), domainWords, intelligence })
const closeAll = () => engines.closeAll()

const articles = () => searchableArticlesIn(join(work, 'articles'))
const nhanDan = async () => (await articles()).find((article) => article.file.includes('003_'))!.id

/** Every article's analysis, and what a few searches find: the index as the views see it. */
async function snapshot(engine: SearchEngine) {
  const analyses = await Promise.all((await articles()).map(({ id }) => engine.articleAnalysis(id)))
  const found = async (query: string) => matchedIds(await engine.search({ query, limit: 20 })).sort()
  return { analyses, searches: [await found('ดิจิทัล'), await found('57-NQ/TW'), await found(CUE)] }
}

const cuesOf = (analysis: Awaited<ReturnType<SearchEngine['articleAnalysis']>> | undefined, theme: string) =>
  analysis?.themes.find((t) => t.id === theme)?.evidence.flatMap((e) => e.cues.map((cue) => cue.cue)) ?? []

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'crossread-redetect-'))
  await mkdir(join(work, 'articles'))
  for (const name of await readdir(join(resources, 'articles')))
    await copyFile(join(resources, 'articles', name), join(work, 'articles', name))
})
afterEach(async () => {
  await closeAll()
  await rm(work, { recursive: true, force: true })
})

describe('themes detected again without re-indexing', () => {
  it('at a relaunch under an edited ontology: nothing re-read, postings kept, analyses as a full build makes them', async () => {
    const first = await open(files(shippedOntology))
    expect(await first.sync(await articles())).toBe(5)
    const before = await snapshot(first)
    expect(cuesOf(before.analyses[3], THEME)).not.toContain(CUE)
    await closeAll()

    const relaunched = await open(files(withCue))
    expect(await relaunched.sync(await articles())).toBe(0) // no article read again
    const after = await snapshot(relaunched)
    expect(after.searches).toEqual(before.searches)
    const analysis = await relaunched.articleAnalysis(await nhanDan())
    expect(cuesOf(analysis, THEME)).toContain(CUE)
    expect(analysis?.themes.find((t) => t.id === THEME)?.detected).toBe(true)

    // The same analyses as a build from the files under the edited ontology, offsets and all.
    const built = await open(files(withCue), 'fresh')
    expect(await built.sync(await articles())).toBe(5)
    expect(after.analyses).toEqual((await snapshot(built)).analyses)
    await closeAll()

    // Saved as detected: the next launch under the same ontology detects nothing again.
    const again = await open(files(withCue))
    expect(await again.sync(await articles())).toBe(0)
    expect((await snapshot(again)).analyses).toEqual(after.analyses)
  })

  it('live after an edit: every article detected again in place, a new status version, and back', async () => {
    const engine = await open(files(shippedOntology))
    await engine.sync(await articles())
    const before = await snapshot(engine)
    const version = engine.status().version
    expect(await engine.useIntelligence(files(withCue))).toEqual({ reanalysed: 5, documents: 0 })
    expect(engine.status().version).toBeGreaterThan(version) // the views ask for the analyses again
    expect(cuesOf(await engine.articleAnalysis(await nhanDan()), THEME)).toContain(CUE)
    expect(await engine.sync(await articles())).toBe(0)
    expect((await snapshot(engine)).searches).toEqual(before.searches)

    // Edits in quick succession are detected once, with the last ontology.
    const [one, two] = await Promise.all([
      engine.useIntelligence(files(shippedOntology)),
      engine.useIntelligence(files(shippedOntology))
    ])
    expect(one).toBe(two)
    expect(await snapshot(engine)).toEqual(before)
  })

  it('re-reads only the article whose Thai mention resolves otherwise under new known documents', async () => {
    // Names Resolution 57 only in Thai: found by 57-NQ/TW because it resolves to the one known 57-NQ/TW.
    await writeFile(
      join(work, 'articles', 'thai-only.txt'),
      'Báo Quân đội nhân dân - 2025 - การพัฒนาวิทยาศาสตร์ในกองทัพ\n\nกองทัพได้ดำเนินการตามมติที่ 57 ว่าด้วยการพัฒนาวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม\n'
    )
    const engine = await open(files(shippedOntology))
    await engine.sync(await articles())
    const found = async () => matchedIds(await engine.search({ query: '57-NQ/TW', limit: 20 })).sort()
    expect(await found()).toContain('thai-only-txt')
    // A second Resolution 57 issued before 2025: the Thai mention no longer says which.
    const second = {
      ...knownDocuments.find((doc) => doc.key === '57-NQ/TW@2024')!,
      key: '57-NQ/TW@2020',
      date: '2020-01-01'
    }
    expect(await engine.useIntelligence(files(shippedOntology, [...knownDocuments, second]))).toEqual({
      reanalysed: 5,
      documents: 1
    })
    expect(await engine.sync(await articles())).toBe(1)
    expect(await found()).not.toContain('thai-only-txt')
    expect(await found()).toContain(await nhanDan()) // writes the code itself
  })
})
