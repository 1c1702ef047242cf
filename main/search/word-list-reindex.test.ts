// A changed word list re-indexes what it affects, by itself: at a relaunch under a longer list, or
// live when the user keeps a word, the next sync reads again only the articles whose text holds
// the word (sync answers how many it read), and the notes holding it are cut again at once.
import { readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { installDomainWords } from '../../common/text/kernel-words'
import { parseDomainWords } from '../../common/text/word-list'
import { SearchEngine } from './search-engine'
import { OpenEngines, searchableArticlesIn } from '../../tests/support/engine-fixtures'

const root = resolve(import.meta.dirname, '../..')
const shipped = parseDomainWords(readFileSync(join(root, 'resources/domain-words.txt'), 'utf8'))
// "Proactive": ICU cuts it เชิง|รุก; three of the five sample articles write it.
const WORD = 'เชิงรุก'
const NOTE = { id: 'n1', articleId: 'x', note: `ทำงาน${WORD}ทุกวัน`, quote: 'ข้อความ' }
const OTHER_NOTE = { id: 'n2', articleId: 'y', note: 'ประชุมจังหวัด', quote: 'ข้อความ' }

let work: string
const engines = new OpenEngines()
const open = (domainWords: string[]) => engines.open({ dataDir: join(work, 'data'), domainWords })
const closeAll = () => engines.closeAll()

const articles = () => searchableArticlesIn(join(work, 'articles'))

/** The marked words of the snippets of a search. */
async function marked(engine: SearchEngine, query: string): Promise<string[]> {
  const { articles } = await engine.search({ query, limit: 10 })
  return articles.flatMap(({ snippet }) =>
    snippet ? snippet.marks.map((mark) => snippet.text.slice(mark.start, mark.end)) : []
  )
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'crossread-word-list-'))
  await mkdir(join(work, 'articles'))
  const samples = join(root, 'resources/articles')
  for (const name of await readdir(samples)) await copyFile(join(samples, name), join(work, 'articles', name))
})
afterEach(async () => {
  await closeAll()
  installDomainWords([])
  await rm(work, { recursive: true, force: true })
})

describe('a changed word list', () => {
  it('at a relaunch, re-reads only the articles holding the word added, and cuts its notes again', async () => {
    const first = await open(shipped)
    expect(await first.sync(await articles())).toBe(5)
    await first.syncAnnotations([NOTE, OTHER_NOTE], '3:abc')
    expect(await marked(first, WORD)).not.toContain(WORD) // two words, each marked
    await closeAll()

    const relaunched = await open([...shipped, WORD])
    expect(relaunched.status().indexed).toBe(5)
    expect(relaunched.annotationsGeneration).toBe('3:abc') // the notes index is kept, not rebuilt
    expect(await relaunched.sync(await articles())).toBe(3)
    expect((await relaunched.search({ query: WORD, limit: 10 })).articles).toHaveLength(3)
    expect(new Set(await marked(relaunched, WORD))).toEqual(new Set([WORD]))
    expect((await relaunched.search({ query: WORD, limit: 10 })).annotations.map((hit) => hit.annotationId)).toEqual([
      'n1'
    ])
    // Saved as it is now: the next launch under the same list reads nothing.
    await closeAll()
    const again = await open([...shipped, WORD])
    expect(await again.sync(await articles())).toBe(0)
  })

  it('live, marks the articles holding the word kept, and the next sync re-reads only them', async () => {
    const engine = await open(shipped)
    await engine.sync(await articles())
    await engine.syncAnnotations([NOTE, OTHER_NOTE], '3:abc')
    const before = engine.status().version
    expect(await engine.useDomainWords([...shipped, WORD])).toEqual({ documents: 3, notes: 1 })
    expect(engine.status().version).toBeGreaterThan(before) // the renderer searches again
    expect(await engine.sync(await articles())).toBe(3)
    expect(new Set(await marked(engine, WORD))).toEqual(new Set([WORD]))
    // And back: dropping it re-reads the same three.
    expect(await engine.useDomainWords(shipped)).toEqual({ documents: 3, notes: 1 })
    expect(await engine.sync(await articles())).toBe(3)
    expect(await marked(engine, WORD)).not.toContain(WORD)
    // A list that does not change touches nothing.
    expect(await engine.useDomainWords(shipped)).toEqual({ documents: 0, notes: 0 })
  })
})
