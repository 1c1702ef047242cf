// `cli search --data-dir DIR [--library FOLDER]... [--limit N] [--stats] QUERY`: answers from the
// same saved index as the app, first bringing it up to date with that data folder's library and
// the folders named (imported if new), and leaves it saved for the next run. It writes the data
// folder, so it takes the app's lock first: run while the app has the folder open, it refuses
// instead of writing files the app would overwrite on its next save.
import { mergeDomainWords, readDomainWords } from '../lexicon/read-domain-words'
import { readUserWords } from '../lexicon/user-words-file'
import { readIntelligence } from '../intelligence/intelligence-files'
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { Library } from '../library/library'
import { SearchEngine } from '../search/search-engine'
import { acquireStoreLock } from '../store/store-lock'

export const searchUsage =
  'Usage: npm run -s cli -- search --data-dir DIR [--library FOLDER]... [--limit N] [--stats] QUERY'

export interface SearchCommandResult {
  results: Array<{
    file: string
    title: string
    outlet: string | null
    date: string | null
    score: number
    snippet: string
    marks: Array<{ start: number; end: number }>
  }>
  stats: { indexLoadMs: number; indexUpdateMs: number; queryMs: number; articles: number; reindexed: number }
}

export function readSearchArgs(
  args: string[]
): { dataDir: string; libraries: string[]; limit: number; stats: boolean; query: string } | string {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        library: { type: 'string', multiple: true },
        limit: { type: 'string' },
        stats: { type: 'boolean' }
      }
    })
    const limit = values.limit === undefined ? 20 : Number(values.limit)
    if (!values['data-dir']) return 'Give the data folder with --data-dir.'
    if (!Number.isInteger(limit) || limit < 1) return '--limit takes a whole number of at least 1.'
    if (positionals.length === 0) return 'Give a query.'
    return {
      dataDir: resolve(values['data-dir']),
      libraries: (values.library ?? []).map((path) => resolve(path)),
      limit,
      stats: values.stats ?? false,
      query: positionals.join(' ')
    }
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  }
}

export async function searchCommand(options: {
  dataDir: string
  libraries: string[]
  limit: number
  query: string
}): Promise<SearchCommandResult> {
  await mkdir(options.dataDir, { recursive: true })
  const lock = await acquireStoreLock(options.dataDir) // throws StoreLockedError, naming the process that holds it
  try {
    return await searchLocked(options)
  } finally {
    await lock.release()
  }
}

async function searchLocked(options: {
  dataDir: string
  libraries: string[]
  limit: number
  query: string
}): Promise<SearchCommandResult> {
  const bundledFolder = resolve(import.meta.dirname, '../../resources/articles')
  const { library, synced } = await Library.open({ dataDir: options.dataDir, bundledFolder, watch: false })
  // As the app cuts: the shipped words and the user's own (else the saved index would be re-cut).
  const domainWords = mergeDomainWords(
    readDomainWords(resolve(import.meta.dirname, '../../resources/domain-words.txt')),
    readUserWords(options.dataDir).words
  )
  // The app's own data: an index analysed with other data would be rebuilt.
  const intelligence = readIntelligence(resolve(import.meta.dirname, '../../resources'), options.dataDir)
  const opened = SearchEngine.open({ dataDir: options.dataDir, domainWords, intelligence })
  try {
    await synced
    for (const folder of options.libraries) {
      const report = await library.importFolder(folder)
      if (report.error) throw new Error(report.error)
    }
    const { engine, loadMs } = await opened
    try {
      const updateStarted = performance.now()
      const articles = library.searchable()
      const reindexed = await engine.sync(articles)
      const indexUpdateMs = performance.now() - updateStarted
      const answer = await engine.search({ query: options.query, limit: options.limit })
      const summaries = new Map(library.list().map((article) => [article.id, article]))
      const files = new Map(articles.map((article) => [article.id, article.file]))
      const results = answer.articles.slice(0, options.limit).map((hit) => {
        const article = summaries.get(hit.id)
        return {
          file: files.get(hit.id) ?? hit.id,
          title: article?.title ?? '',
          outlet: article?.outlet ?? null,
          date: article?.date ?? null,
          score: Number(hit.score.toFixed(4)),
          snippet: hit.snippet?.text ?? '',
          marks: hit.snippet?.marks ?? []
        }
      })
      await engine.save()
      return {
        results,
        stats: {
          indexLoadMs: Math.round(loadMs),
          indexUpdateMs: Math.round(indexUpdateMs),
          queryMs: Number(answer.tookMs.toFixed(2)),
          articles: summaries.size,
          reindexed
        }
      }
    } finally {
      await engine.close()
    }
  } finally {
    await library.close()
  }
}
