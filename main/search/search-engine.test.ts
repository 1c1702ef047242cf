import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseArticle } from '../articles/parse-article'
import { parseQueryAlternatives } from '../../common/text/query'
import { matchedIds } from '../../common/model/search-types'
import { SearchEngine } from './search-engine'
import { parseDomainWords } from '../../common/text/word-list'
import { installDomainWords } from '../../common/text/kernel-words'
import { makeSnippet } from './snippet'
import type { SearchableArticle } from './plan-sync'

const samples = resolve(import.meta.dirname, '../../resources/articles')
let work: string
const engines: SearchEngine[] = []

async function open(domainWords?: string[]): Promise<SearchEngine> {
  const { engine } = await SearchEngine.open({ dataDir: join(work, 'data'), domainWords })
  engines.push(engine)
  return engine
}

const shippedWords = parseDomainWords(
  readFileSync(resolve(import.meta.dirname, '../../resources/domain-words.txt'), 'utf8')
)

async function articles(): Promise<SearchableArticle[]> {
  const names = (await readdir(join(work, 'articles'))).sort()
  return Promise.all(
    names.map(async (name) => {
      const file = join(work, 'articles', name)
      return {
        id: name.replace(/\W/g, '-'),
        hash: createHash('sha256')
          .update(await readFile(file))
          .digest('hex'),
        file,
        folder: join(work, 'articles')
      }
    })
  )
}

/** The snippet of each article found, made from its whole parsed text (the reference). */
async function wholeTextSnippets(query: string, found: string[]): Promise<Array<string | undefined>> {
  const snippets: Array<string | undefined> = []
  for (const article of (await articles()).filter((article) => found.includes(article.id))) {
    const parsed = parseArticle(await readFile(article.file), article.file)
    if (!parsed.ok) continue
    const snippet = makeSnippet(
      [parsed.article.title.value, ...parsed.article.blocks.map((block) => block.text)],
      parseQueryAlternatives(query)
    )
    if (snippet) snippets.push(snippet.text)
  }
  return snippets.sort()
}

const ids = async (engine: SearchEngine, query: string) => matchedIds(await engine.search({ query, limit: 20 })).sort()

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'crossread-search-'))
  await mkdir(join(work, 'articles'))
  for (const name of await readdir(samples)) await copyFile(join(samples, name), join(work, 'articles', name))
})

afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()))
  installDomainWords([]) // the next test starts with ICU alone, as the engine does without a list
  await rm(work, { recursive: true, force: true })
})

describe('the search engine (worker threads, saved index)', () => {
  it('finds a Thai word where it is a word, with the hit marked in the snippet', async () => {
    const engine = await open()
    await engine.sync(await articles())
    const results = await engine.search({ query: 'ปฏิรูป', limit: 5 })
    expect(results.articles.length).toBeGreaterThan(0)
    const snippet = results.articles[0]?.snippet
    expect(snippet).toBeDefined()
    for (const mark of snippet?.marks ?? []) expect(snippet?.text.slice(mark.start, mark.end)).toBe('ปฏิรูป')
    expect(results.status.state).toBe('ready')
  })

  it('reads every spelling of a party document as one', async () => {
    const engine = await open()
    await engine.sync(await articles())
    const found = await ids(engine, '18-NQ/TW')
    expect(found.length).toBeGreaterThan(0)
    expect(await ids(engine, '18 - nq/tw')).toEqual(found)
    expect(await ids(engine, '18–NQ/TW')).toEqual(found)
    expect(await ids(engine, '18/NQ-TW')).toEqual(found)
    expect(await ids(engine, '18 NQ TW ')).toEqual(found)
    // Without the issuer: every resolution numbered 18, as typed or as written in words.
    for (const short of ['NQ 18 ', 'NQ18 ', 'Nghị quyết 18 ', 'nghi quyet 18 '])
      expect(await ids(engine, short)).toEqual(expect.arrayContaining(found))
  })

  it('finds a Thai word while it is still being typed, and checks quoted phrases word by word', async () => {
    const engine = await open()
    await engine.sync(await articles())
    expect(await ids(engine, 'ปฏิรู')).toEqual(await ids(engine, 'ปฏิรูป'))
    const phrase = await ids(engine, '"การปฏิรูป"')
    expect(phrase.length).toBeGreaterThan(0)
    expect(phrase.length).toBeLessThanOrEqual((await ids(engine, 'ปฏิรูป')).length)
    expect(await ids(engine, '"ปฏิรูป การ ประชุม ไม่มี"')).toEqual([])
  })

  it('keeps the index across a relaunch, and re-reads only what changed', async () => {
    const first = await open()
    await first.sync(await articles())
    const before = await ids(first, 'ปฏิรูป')
    await first.save()
    await first.close()
    engines.length = 0

    const second = await open()
    expect(second.status().indexed).toBe(5)
    expect(await ids(second, 'ปฏิรูป')).toEqual(before) // searchable before any sync
    const [name] = (await readdir(join(work, 'articles'))).sort()
    await writeFile(join(work, 'articles', name as string), 'หัวข้อใหม่\n\nบทความนี้พูดถึงสหกรณ์การเกษตรเท่านั้น')
    const watched = await articles()
    await second.sync(watched)
    expect(await ids(second, 'สหกรณ์')).toEqual([watched[0]?.id])
    await second.sync(watched.slice(1))
    expect(await ids(second, 'สหกรณ์')).toEqual([])
  })

  it('makes snippets from the text it keeps beside the index, never reading an article file again', async () => {
    const first = await open()
    await first.sync(await articles())
    const snippets = async (engine: SearchEngine, query = 'ปฏิรูป') =>
      (await engine.search({ query, limit: 5 })).articles.map((hit) => hit.snippet?.text)
    const indexed = await snippets(first)
    // Two words whose first hits lie deep in some articles: each snippet is the one the whole text gives.
    const late = await snippets(first, 'สมาชิกพรรค')
    expect(indexed.length).toBeGreaterThan(0)
    expect(late.length).toBeGreaterThan(1)
    expect([...late].sort()).toEqual(await wholeTextSnippets('สมาชิกพรรค', await ids(first, 'สมาชิกพรรค')))
    await first.save()
    await first.close()
    engines.length = 0

    // Relaunched with the article files gone: even the first search reads none of them.
    for (const name of await readdir(join(work, 'articles'))) await rm(join(work, 'articles', name))
    const second = await open()
    expect(await snippets(second)).toEqual(indexed)
    expect(await snippets(second, 'สมาชิกพรรค')).toEqual(late)
    expect(indexed.every((text) => text?.includes('ปฏิรูป'))).toBe(true)
  })

  it('rebuilds, without a word, an index saved in an older format or with its texts cut short', async () => {
    const first = await open()
    await first.sync(await articles())
    await first.save()
    await first.close()
    engines.length = 0
    const dir = join(work, 'data', 'search-index')
    const manifest = JSON.parse(await readFile(join(dir, 'shard-0.json'), 'utf8')) as { format: number; texts: string }
    await writeFile(join(dir, 'shard-0.json'), JSON.stringify({ ...manifest, format: 3 }))
    const older = await open()
    expect(older.status().indexed).toBeLessThan(5) // shard 0 was not loaded
    expect(await older.sync(await articles())).toBeGreaterThan(0)
    expect((await older.search({ query: 'ปฏิรูป', limit: 5 })).articles[0]?.snippet?.text).toContain('ปฏิรูป')
    await older.save()
    await older.close()
    engines.length = 0

    // New documents go to whichever worker is free first, so which shard holds them varies: both are cut.
    for (const shard of ['shard-0.json', 'shard-1.json']) {
      const saved = JSON.parse(await readFile(join(dir, shard), 'utf8')) as { texts: string }
      await writeFile(join(dir, saved.texts), '["cut short')
    }
    const cut = await open()
    expect(cut.status().indexed).toBeLessThan(5)
    expect(await cut.sync(await articles())).toBeGreaterThan(0)
  })

  it('searches notes and highlighted quotes', async () => {
    const engine = await open()
    await engine.sync(await articles())
    const before = engine.status().version
    await engine.syncAnnotations([
      { id: 'n1', articleId: 'a1', note: 'เปรียบเทียบกับมติ 18-NQ/TW ฉบับเดิม', quote: 'ข้อความที่เน้น' }
    ])
    expect(engine.status().version).toBeGreaterThan(before) // the renderer searches again on it
    const results = await engine.search({ query: 'เปรียบเทียบ', limit: 5 })
    expect(results.annotations).toMatchObject([{ annotationId: 'n1', articleId: 'a1', field: 'note' }])
    await engine.syncAnnotations([])
    expect((await engine.search({ query: 'เปรียบเทียบ', limit: 5 })).annotations).toEqual([])
  })
})

describe('diacritics', () => {
  it('fold both ways: typed with them, a word is found written with them or without any, not with others', async () => {
    const write = (name: string, body: string) => writeFile(join(work, 'articles', name), `หัวข้อ ${name}\n\n${body}`)
    await write('with.txt', 'นาย Trần Đức Thắng เลขาธิการพรรคประจำจังหวัด')
    await write('without.txt', 'นาย Tran Duc Thang เลขาธิการพรรคประจำจังหวัด')
    await write('other.txt', 'ชาวบ้านใน Trấn Yên ปลูกข้าว')
    const engine = await open()
    await engine.sync(await articles())
    const found = async (query: string) =>
      (await ids(engine, query)).filter((id) => ['with-txt', 'without-txt', 'other-txt'].includes(id))
    expect(await found('Trần Đức Thắng')).toEqual(['with-txt', 'without-txt'])
    expect(await found('Trần')).toEqual(['with-txt', 'without-txt'])
    expect(await found('tran')).toEqual(['other-txt', 'with-txt', 'without-txt'])
    const hit = (await engine.search({ query: 'Trần Đức Thắng', limit: 20 })).articles.find(
      (a) => a.id === 'without-txt'
    )
    const marked = hit?.snippet?.marks.map((mark) => hit.snippet?.text.slice(mark.start, mark.end))
    expect(marked).toEqual(['Tran', 'Duc', 'Thang'])
  })
})

describe('the domain word list', () => {
  it('finds a field word that ICU glues to its neighbour, and marks it whole', async () => {
    const icuAlone = await open()
    await icuAlone.sync(await articles())
    expect(await ids(icuAlone, 'กระจายอำนาจ')).toEqual([]) // ICU: การก|ระ|จา|ยอำ|นาจ
    await icuAlone.close()
    engines.length = 0
    installDomainWords([])

    const engine = await open(shippedWords)
    await engine.sync(await articles())
    const results = await engine.search({ query: 'กระจายอำนาจ', limit: 5 })
    expect(results.articles).toHaveLength(1)
    const snippet = results.articles[0]?.snippet
    expect(snippet?.marks.map((mark) => snippet.text.slice(mark.start, mark.end))).toContain('กระจายอำนาจ')
  })

  it('under another word list, indexes again by itself only the articles holding a word added', async () => {
    const first = await open(shippedWords)
    await first.sync(await articles())
    await first.save()
    await first.close()
    engines.length = 0

    const same = await open(shippedWords)
    expect(same.status().indexed).toBe(5)
    await same.close()
    engines.length = 0

    // ปฏิรูปการบริหาร is written in two of the five articles: only they are read again.
    const other = await open([...shippedWords, 'ปฏิรูปการบริหาร'])
    expect(other.status().indexed).toBe(5) // loaded, the other three as they were
    expect(await other.sync(await articles())).toBe(2)
    expect((await other.search({ query: 'ปฏิรูปการบริหาร', limit: 5 })).articles).toHaveLength(2)
  })
})

describe('saving while it indexes', () => {
  it('saves the notes without waiting for the articles being indexed (an import does not hold every note as an object)', async () => {
    const listed = await articles()
    const many = Array.from(
      { length: 400 },
      (_, i) => ({ ...listed[i % listed.length], id: `copy-${i}` }) as SearchableArticle
    )
    const engine = await open()
    await engine.syncAnnotations([{ id: 'n1', articleId: 'copy-1', note: 'เปรียบเทียบกับมติเดิม', quote: 'ข้อความ' }], '1:a')
    let indexed = false
    const syncing = engine.sync(many).then(() => (indexed = true))
    const saving = engine.save()
    const notesSaved = join(work, 'data', 'search-index', 'notes-1.json')
    for (;;) {
      const present = await readFile(notesSaved).then(
        () => true,
        () => false
      )
      if (present || indexed) break
      await new Promise((done) => setTimeout(done, 5))
    }
    expect(indexed).toBe(false)
    await Promise.all([syncing, saving])
    const found = await engine.search({ query: 'เปรียบเทียบ', limit: 5 })
    expect(found.annotations.map((hit) => hit.annotationId)).toEqual(['n1'])
  })
})

describe('closing while it indexes', () => {
  it('stops without an unhandled failure from the batches still in flight', async () => {
    const unhandled: unknown[] = []
    const note = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', note)
    try {
      const listed = await articles()
      // Many batches per shard, so that two are in flight when the workers stop.
      const many = Array.from(
        { length: 400 },
        (_, i) => ({ ...listed[i % listed.length], id: `copy-${i}` }) as SearchableArticle
      )
      const engine = await open()
      const syncing = engine.sync(many)
      await new Promise((done) => setTimeout(done, 50))
      await engine.close()
      await syncing
      await new Promise((done) => setTimeout(done, 200))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', note)
    }
  })
  it('says search is unavailable, and why, when a worker dies, instead of answering from half the index', async () => {
    const engine = await open()
    await engine.sync(await articles())
    expect((await engine.search({ query: 'ปฏิรูป', limit: 5 })).articles.length).toBeGreaterThan(0)
    // As a worker past its heap limit (ERR_WORKER_OUT_OF_MEMORY) or one that crashed would.
    await engine['workers'][1]?.close()
    await new Promise((done) => setTimeout(done, 50))
    expect(engine.status().state).toBe('failed')
    expect(engine.status().error).toMatch(/^Search is unavailable: The search worker stopped/)
    await expect(engine.search({ query: 'ปฏิรูป', limit: 5 })).rejects.toThrow(/search worker stopped/)
  })
})
