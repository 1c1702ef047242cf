// Citations and themes as the search workers compute and keep them: what the reader and the views
// ask for, the same after a relaunch without analysing anything again, and made again (from the
// kept texts) when the known documents or the ontology change.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseDomainWords } from '../../common/text/word-list'
import { articleText } from '../../common/text/article-text'
import { parseArticle } from '../articles/parse-article'
import { SearchEngine } from '../search/search-engine'
import { readIntelligenceFiles } from './intelligence-files'
import { matchedIds } from '../../common/model/search-types'
import { OpenEngines, searchableArticlesIn } from '../../tests/support/engine-fixtures'

const resources = resolve(import.meta.dirname, '../../resources')
const domainWords = parseDomainWords(await readFile(join(resources, 'domain-words.txt'), 'utf8'))
let work: string
const engines = new OpenEngines()

function open(): Promise<SearchEngine> {
  const intelligence = readIntelligenceFiles(resources, join(work, 'data'))
  return engines.open({ dataDir: join(work, 'data'), domainWords, intelligence })
}

const articles = () => searchableArticlesIn(join(work, 'articles'))

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'crossread-analysis-'))
  await mkdir(join(work, 'articles'))
  for (const name of await readdir(join(resources, 'articles')))
    await copyFile(join(resources, 'articles', name), join(work, 'articles', name))
})

afterEach(async () => {
  await engines.closeAll()
  await rm(work, { recursive: true, force: true })
})

describe('analyses kept with the search index', () => {
  it("answers an article's citations and themes with texts that match the article, and who cites what", async () => {
    const engine = await open()
    await engine.sync(await articles())
    const id = (await articles()).find((a) => a.file.includes('001_'))!.id
    const analysis = await engine.articleAnalysis(id)
    const parsed = parseArticle(await readFile((await articles()).find((a) => a.id === id)!.file), 'a.txt')
    if (!parsed.ok) throw new Error(parsed.error)
    const text = articleText(parsed.article.blocks)
    const nq18 = analysis?.citations.find((c) => c.id === '18-NQ/TW')
    expect(nq18?.resolved).toMatchObject({ key: '18-NQ/TW@2017', date: '2017-10-25' })
    for (const mention of nq18?.mentions ?? []) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text)
      expect(text.slice(mention.sentence.start, mention.sentence.end)).toBe(mention.sentence.text)
    }
    const streamlining = analysis?.themes.find((t) => t.id === 'apparatus-streamlining')
    expect(streamlining?.detected).toBe(true)
    for (const { paragraph, cues } of streamlining?.evidence ?? [])
      for (const cue of cues)
        expect((paragraph < 0 ? parsed.article.title.value : text).slice(cue.start, cue.end)).toBe(cue.cue)

    expect(await engine.citingArticles('18-NQ/TW@2017')).toContain(id)
    expect(await engine.citingArticles('18-NQ/TW')).toContain(id)
    expect(await engine.citingArticles('18-NQ/TW@2022')).not.toContain(id)
    const { carriers, total } = await engine.themeCarriers('apparatus-streamlining')
    expect(total).toBe(carriers.length)
    expect((await engine.themeCarriers('apparatus-streamlining', 1)).carriers).toEqual(carriers.slice(0, 1))
    expect(carriers.find((c) => c.id === id)).toMatchObject({ detected: true })
    expect(carriers.map((c) => c.strength)).toEqual([...carriers.map((c) => c.strength)].sort((a, b) => b - a))
  })

  it('finds by number an article that names a document only in Thai, and an outlet by its name', async () => {
    await writeFile(
      join(work, 'articles', 'thai-only.txt'),
      'Báo Quân đội nhân dân - 2025 - การพัฒนาวิทยาศาสตร์ในกองทัพ\n\nกองทัพได้ดำเนินการตามมติที่ 57 ว่าด้วยการพัฒนาวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม\n'
    )
    const engine = await open()
    await engine.sync(await articles())
    const found = async (query: string) => matchedIds(await engine.search({ query, limit: 20 })).sort()
    const nq57 = (await articles()).filter((a) => /003_|thai-only/.test(a.file)).map((a) => a.id)
    expect(await found('มติที่ 57 ')).toEqual(nq57.sort())
    expect(await found('57-NQ/TW')).toEqual(nq57.sort())
    const nhanDan = (await articles()).find((a) => a.file.includes('003_'))!.id
    expect(await found('Nhân dân ')).toContain(nhanDan)
    expect(await found('nhan dan ')).toContain(nhanDan)
  })

  it('keeps them over a relaunch without analysing again, and analyses again when the data changes', async () => {
    const first = await open()
    await first.sync(await articles())
    const id = (await articles())[0]!.id
    const before = await first.articleAnalysis(id)
    await engines.closeAll()

    const second = await open()
    expect(await second.sync(await articles())).toBe(0) // nothing indexed (or analysed) again
    expect(await second.articleAnalysis(id)).toEqual(before)
    await engines.closeAll()

    // The user's own known-documents list names one more document: the index is analysed again,
    // from the texts kept with it (redetect.test.ts): no article is read again.
    const extra = {
      key: '99-NQ/TW@2020',
      id: '99-NQ/TW',
      kind: 'NQ',
      issuer: 'TW',
      issuerName: 'Bộ Chính trị',
      term: 'XIII',
      date: '2020-01-01',
      certain: false,
      title: { en: 'Test' }
    }
    await writeFile(
      join(work, 'data', 'known-documents.json'),
      JSON.stringify({ version: 1, about: 'mine', documents: [extra] })
    )
    const third = await open()
    expect(await third.sync(await articles())).toBe(0)
    expect(await third.articleAnalysis(id)).toEqual(before)
  })
})
