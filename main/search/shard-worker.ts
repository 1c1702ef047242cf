// A search worker: owns one shard of the article index and its share of the annotations, and does
// the heavy work (reading, parsing, segmenting, indexing, ranking, snippets) off the main thread.
import { basename, relative } from 'node:path'
import { readInsideFolderSync } from '../storage/read-inside-folder'
import { AnnotationIndex } from './annotation-index'
import type { SearchableAnnotation } from './searchable-annotation'
import { documentWords } from './document-words'
import type { Clause } from '../../common/text/query'
import type { Snippet } from '../../common/model/search-types'
import { signatureOf } from './annotation-changes'
import { loadNotes, saveNotes } from './notes-file'
import { loadShard, saveShard } from './shard-file'
import { ShardIndex, type IndexedDocument } from './shard-index'
import { DocumentTexts } from './document-texts'
import { keptSnippet } from './kept-snippet'
import { serveRequests } from '../workers/worker-rpc'
import { installDomainWords, installedDomainWords } from '../../common/text/kernel-words'
import { isNoChange, wordListChange } from '../lexicon/word-list-change'
import { markStaleDocuments, refreshNotes } from './stale-entries'
import { analyseArticle, type ArticleInput } from '../intelligence/analyse-article'
import { analysisHandlers } from '../intelligence/analysis-handlers'
import { addCitedDocumentTerms } from '../intelligence/cited-document-terms'
import type { IntelligenceFiles } from '../intelligence/intelligence-files'
import { installedIntelligence, installIntelligence, intelligenceKey } from '../intelligence/installed-intelligence'
import { basisOf } from '../intelligence/analysis-basis'
import { redetectShard } from '../intelligence/redetect-shard'
import { sketchHandlers } from '../duplicates/shard-sketches'
import { relatedHandlers } from '../related/related-shard'
import { citationHandlers } from '../documents/shard-citations'
import { matrixShardHandlers } from '../theme-matrix/matrix-shard-handlers'

interface ArticleText extends ArticleInput {
  /** What is indexed: the blocks, then the outlet the header names (a search for `Nhân dân` finds
   * what that paper published; its snippet is the outlet's name), kept last so block numbers hold. */
  texts: string[]
}

let index = new ShardIndex()
let annotations = new AnnotationIndex()
/** Kept to compile the ontology again when the word list changes: its cues are cut with the list. */
let intelligence: IntelligenceFiles | null = null

// The parser (with linkedom for saved web pages) takes a fifth of a second to load: only indexing
// needs it (snippets read the kept texts), so it is loaded then, not while a relaunch loads the index.
let parser: Promise<typeof import('../articles/parse-article')> | null = null
const loadParser = () => (parser ??= import('../articles/parse-article'))

async function readArticle({ file, folder, header }: IndexedDocument): Promise<ArticleText | string> {
  try {
    const { parseArticle } = await loadParser()
    // A file swapped for a link that leaves its folder since the library listed it is not read.
    const read = readInsideFolderSync(folder, relative(folder, file))
    if (!read.ok) return read.reason
    const parsed = parseArticle(read.bytes, basename(file))
    if (!parsed.ok) return parsed.error
    const { blocks, year } = parsed.article
    // The user's corrections (main/corrections) stand where they were made: found by them, not the parser's.
    const title = header?.title ?? parsed.article.title.value
    const outlet = header?.outlet ?? parsed.article.outlet.value
    const date = header?.date ?? parsed.article.date.value
    const texts = blocks.map((block) => block.text)
    if (outlet) texts.push(outlet)
    return { title, blocks, date, year: header?.date ? Number(header.date.slice(0, 4)) : year, texts }
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  }
}

/** From the text kept beside the shard, starting at the first block with a query word: no file is read or parsed. */
function snippetsOf(ids: string[], alternatives: Clause[][]): Array<Snippet | null> {
  if (ids.length === 0) return []
  const readings = index.readings(alternatives)
  const wanted = index.wordIds(readings)
  return ids.map((id) => keptSnippet(index, id, readings, wanted))
}

export const shardHandlers = {
  /**
   * The domain word list to cut texts and queries with (kernel-words.ts); sent before `load`, and
   * again when the user changes it. The documents cut with a word added or removed are marked
   * stale (main's next sync indexes them again; the ids) and such notes are indexed again now.
   */
  useDomainWords: ({ words }: { words: string[] }) => {
    const before = installedDomainWords()
    installDomainWords(words)
    const change = wordListChange(before, installedDomainWords())
    if (isNoChange(change)) return { stale: [], notes: 0 }
    if (intelligence) installIntelligence(intelligence)
    return { stale: markStaleDocuments(index, change), notes: refreshNotes(annotations, change) }
  },
  /** The known documents and ontology to analyse articles with; sent after the words, before `load`,
   * and again when the user edits the ontology (then `redetect` follows). */
  useIntelligence: (files: IntelligenceFiles) => {
    intelligence = files
    installIntelligence(files)
  },
  /** The shard's analyses made again from its kept texts if they were made under other data (a
   * saved shard, or an edit since): postings kept; the documents whose postings would change are
   * marked stale for main's next sync (their ids). */
  redetect: () => redetectShard(index, installedIntelligence(), intelligenceKey()),
  load: async ({ dir, shard }: { dir: string; shard: number }) => {
    index.texts?.close()
    index = (await loadShard(dir, shard)) ?? new ShardIndex()
    index.texts ??= DocumentTexts.create(dir, shard)
    return [...index.documents.values()].map(({ id, hash }) => ({ id, hash }))
  },
  save: ({ dir, shard }: { dir: string; shard: number }) => saveShard(dir, shard, index),
  index: async ({ documents }: { documents: IndexedDocument[] }) => {
    const failed: Array<{ id: string; reason: string }> = []
    for (const document of documents) {
      const article = await readArticle(document)
      if (typeof article === 'string') {
        index.remove(document.id)
        failed.push({ id: document.id, reason: article })
      } else {
        const data = installedIntelligence()
        const words = documentWords(article.title, article.texts, data !== null)
        // With its basis, so that other data can detect again from the kept text (redetect-shard.ts).
        const analysis = data
          ? { ...analyseArticle(article, data, words.blockWords, words.titleWords), basis: basisOf(article) }
          : undefined
        if (analysis) addCitedDocumentTerms(words.body, analysis.citations)
        index.add(document, words, [article.title, ...article.texts], analysis)
      }
    }
    return failed
  },
  remove: ({ ids }: { ids: string[] }) => ids.forEach((id) => index.remove(id)),
  // With snippets for this shard's first `limit` hits: the answer's first `limit` are among them, so
  // main need not ask again (a second round trip per key press) and picks the ones it keeps.
  search: ({ alternatives, limit }: { alternatives: Clause[][]; limit: number }) => {
    const started = performance.now()
    const { ids, scores } = index.rank(alternatives)
    const annotationHits = annotations.find(alternatives, limit)
    const tookMs = performance.now() - started
    return {
      ids,
      scores,
      snippets: snippetsOf(ids.slice(0, limit), alternatives),
      annotationHits,
      tookMs
    }
  },
  /** The saved notes index: the store generation it is current at, and how many of its notes were
   * indexed again for a changed word list; null, and empty, when there is none. */
  loadNotes: async ({ dir, shard }: { dir: string; shard: number }) => {
    const loaded = await loadNotes(dir, shard)
    annotations.close()
    annotations = loaded?.index ?? new AnnotationIndex()
    return loaded ? { generation: loaded.generation, refreshed: loaded.refreshed } : null
  },
  /** What the notes index holds, as each annotation's signature: for a full sync's diff only. */
  notesSignatures: () => annotations.all().map(({ annotation }) => [annotation.id, signatureOf(annotation)] as const),
  saveNotes: async ({ dir, shard, generation }: { dir: string; shard: number; generation: string }) => {
    const saved = annotations
    const version = saved.version
    const reopened = await saveNotes(dir, shard, saved, generation)
    // Kept as saved unless a change came in meanwhile: after an import that turns 50,000 notes of
    // a worker, each an object, four strings and a typed array, into a few shared typed arrays.
    if (reopened && annotations === saved && saved.version === version) {
      saved.close()
      annotations = reopened
    } else reopened?.close()
  },
  clearNotes: () => {
    annotations.close()
    annotations = new AnnotationIndex()
  },
  putAnnotations: ({ annotations: list }: { annotations: SearchableAnnotation[] }) =>
    list.forEach((annotation) => annotations.put(annotation)),
  removeAnnotations: ({ ids }: { ids: string[] }) => ids.forEach((id) => annotations.remove(id)),
  ...analysisHandlers(() => index),
  ...sketchHandlers(() => index),
  ...relatedHandlers(() => index),
  ...citationHandlers(() => index),
  ...matrixShardHandlers(() => index)
}

export type ShardHandlers = typeof shardHandlers

serveRequests(shardHandlers)
