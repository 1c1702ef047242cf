// A search worker: owns one shard of the article index and its share of the annotations, and does
// the heavy work (reading, parsing, segmenting, indexing, ranking, snippets) off the main thread.
import { basename, relative } from 'node:path'
import { readInsideFolderSync } from '../storage/read-inside-folder'
import { AnnotationIndex, type SearchableAnnotation } from './annotation-index'
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

interface ArticleText {
  title: string
  blocks: string[]
}

let index = new ShardIndex()
let annotations = new AnnotationIndex()

// The parser (with linkedom for saved web pages) takes a fifth of a second to load: a relaunch
// makes the saved index searchable first and loads the parser just after, for snippets.
let parser: Promise<typeof import('../articles/parse-article')> | null = null
const loadParser = () => (parser ??= import('../articles/parse-article'))

async function readArticle({ file, folder }: IndexedDocument): Promise<ArticleText | string> {
  try {
    const { parseArticle } = await loadParser()
    // A file swapped for a link that leaves its folder since the library listed it is not read.
    const read = readInsideFolderSync(folder, relative(folder, file))
    if (!read.ok) return read.reason
    const parsed = parseArticle(read.bytes, basename(file))
    if (!parsed.ok) return parsed.error
    return { title: parsed.article.title.value, blocks: parsed.article.blocks.map((block) => block.text) }
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  }
}

export const shardHandlers = {
  load: async ({ dir, shard }: { dir: string; shard: number }) => {
    index.texts?.close()
    index = (await loadShard(dir, shard)) ?? new ShardIndex()
    index.texts ??= DocumentTexts.create(dir, shard)
    setTimeout(() => void loadParser(), 0)
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
        index.add(document, documentWords(article.title, article.blocks), [article.title, ...article.blocks])
      }
    }
    return failed
  },
  remove: ({ ids }: { ids: string[] }) => ids.forEach((id) => index.remove(id)),
  search: ({ alternatives, annotationLimit }: { alternatives: Clause[][]; annotationLimit: number }) => {
    const started = performance.now()
    const { ids, scores } = index.rank(alternatives)
    const annotationHits = annotations.find(alternatives, annotationLimit)
    return {
      ids,
      scores,
      annotationHits,
      tookMs: performance.now() - started
    }
  },
  // From the text kept beside the shard, starting at the first block with a query word: no file is read or parsed.
  snippets: ({ ids, alternatives }: { ids: string[]; alternatives: Clause[][] }) => {
    const readings = index.readings(alternatives)
    const wanted = index.wordIds(readings)
    const snippets: Record<string, Snippet | null> = {}
    for (const id of ids) snippets[id] = keptSnippet(index, id, readings, wanted)
    return snippets
  },
  /** The saved notes index: its generation and what it holds (as signatures); null, and empty, when there is none. */
  loadNotes: async ({ dir, shard }: { dir: string; shard: number }) => {
    const loaded = await loadNotes(dir, shard)
    annotations = loaded?.index ?? new AnnotationIndex()
    if (!loaded) return null
    return {
      generation: loaded.generation,
      signatures: [...annotations.annotations.values()].map(
        (annotation) => [annotation.id, signatureOf(annotation)] as [string, number]
      )
    }
  },
  saveNotes: ({ dir, shard, generation }: { dir: string; shard: number; generation: string }) =>
    saveNotes(dir, shard, annotations, generation),
  clearNotes: () => {
    annotations = new AnnotationIndex()
  },
  putAnnotations: ({ annotations: list }: { annotations: SearchableAnnotation[] }) =>
    list.forEach((annotation) => annotations.put(annotation)),
  removeAnnotations: ({ ids }: { ids: string[] }) => ids.forEach((id) => annotations.remove(id))
}

export type ShardHandlers = typeof shardHandlers

serveRequests(shardHandlers)
