// A shard on disk, so that a relaunch loads the index instead of rebuilding it. The large parts
// (the postings and the word sequences, as raw Uint32) go to files named by a fresh generation;
// the small manifest naming them is replaced last and atomically, so a crash mid-save leaves the
// previous generation whole. The documents' texts (for snippets) are appended to a file of their
// own as they are indexed (document-texts.ts); the manifest names it and each document's span.
// The index is a cache: anything unreadable means "rebuild". The manifest records the domain word
// list the texts were cut with, word by word: under another list, only the documents holding a
// word added or removed are indexed again (stale-entries.ts); and the data the analyses were made
// with: under other data, they are made again from the kept texts (redetect-shard.ts).
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { writeFileDurably } from '../storage/write-file-durably'
import { DocumentTexts } from './document-texts'
import { InvertedIndex } from './inverted-index'
import { ARTICLE_BOOSTS, ShardIndex, type IndexedDocument } from './shard-index'
import { TermDictionary } from './term-dictionary'
import { writeUint32Runs } from './write-uint32-runs'
import { domainWordsKey, installedDomainWords } from '../../common/text/kernel-words'
import { wordListChange } from '../lexicon/word-list-change'
import { markStaleDocuments } from './stale-entries'
import { AnalysisIndex } from '../intelligence/analysis-index'

/** Bump when tokenising or the file layout changes: older shards are rebuilt, not misread. */
export const SHARD_FORMAT = 8

interface ShardManifest {
  format: number
  /** The domain word list the texts were cut with (kernel-words.ts), by its key and its words. */
  wordList?: string
  /** Its words, sorted: under another list, the documents holding a changed word are indexed again.
   * A manifest without them (saved before they were recorded) is rebuilt under another list. */
  words?: string[]
  /** The known documents and ontology the analyses were made with (intelligence-files.ts). */
  intelligence: string
  generation: string
  /** In the postings' document order. */
  documents: IndexedDocument[]
  /** Word-sequence length of each document, in `documents` order. */
  lengths: number[]
  dictionary: string[]
  /** The texts file, and each document's [at, length] in it, in `documents` order. */
  texts: string
  spans: number[]
  /** CRC-32 of the postings part: when it matches, their pairs are not checked one by one at load. */
  postingsCrc?: number
}

const manifestPath = (dir: string, shard: number) => join(dir, `shard-${shard}.json`)
const partPath = (dir: string, shard: number, generation: string, part: 'postings' | 'words' | 'analyses') =>
  join(dir, `shard-${shard}.${generation}.${part}`)

export async function saveShard(dir: string, shard: number, index: ShardIndex): Promise<number> {
  const generation = randomBytes(6).toString('hex')
  const previousTexts = (index.texts ??= DocumentTexts.create(dir, shard))
  const compacted = previousTexts.compacted(index.spans, shard)
  const texts = compacted?.texts ?? previousTexts
  const spans = compacted?.spans ?? index.spans
  texts.sync()
  // Packing drops removed documents from the postings and numbers the rest as `documentIds` lists them.
  const postings = index.postings.pack()
  const documents = index.postings.documentIds().map((id) => index.documents.get(id) as IndexedDocument)
  const sequences = documents.map((document) => index.sequences.get(document.id) ?? new Uint32Array())
  // The parts need no fsync-and-rename of their own: until the manifest names them, nothing reads them.
  await writeFile(
    partPath(dir, shard, generation, 'postings'),
    new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength)
  )
  // One after another, not joined first: an array of them all is 18 MB a shard at 10,000 articles.
  const wordBytes = await writeUint32Runs(partPath(dir, shard, generation, 'words'), sequences)
  const analyses = JSON.stringify(
    documents.flatMap(({ id }) => {
      const packed = index.analyses.packed.get(id)
      return packed === undefined ? [] : [[id, packed]]
    })
  )
  await writeFile(partPath(dir, shard, generation, 'analyses'), analyses)
  const manifest: ShardManifest = {
    format: SHARD_FORMAT,
    wordList: domainWordsKey(),
    words: [...installedDomainWords()],
    intelligence: index.analyses.key,
    generation,
    documents,
    lengths: sequences.map((sequence) => sequence.length),
    dictionary: index.dictionary.terms,
    texts: texts.name,
    postingsCrc: crc32(new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength)),
    spans: documents.flatMap((document) => {
      const span = spans.get(document.id)
      return span ? [span.at, span.length] : [0, 0]
    })
  }
  const manifestJson = JSON.stringify(manifest)
  await writeFileDurably(manifestPath(dir, shard), manifestJson, { createFolder: true })
  if (compacted) {
    previousTexts.close()
    index.texts = texts
    index.spans = spans
  }
  await removeOtherGenerations(dir, shard, generation, texts.name)
  return postings.byteLength + wordBytes + analyses.length + texts.size + Buffer.byteLength(manifestJson)
}

/** The saved shard, or null when there is none or it cannot be used (then it is rebuilt). */
export async function loadShard(dir: string, shard: number): Promise<ShardIndex | null> {
  try {
    // Read at once on the worker's thread, not in chunks through the process's shared thread pool (notes-file.ts).
    const manifest = JSON.parse(readFileSync(manifestPath(dir, shard), 'utf8')) as ShardManifest
    // Analysed under other data, it is still loaded: the worker detects again from the kept texts (redetect-shard.ts).
    if (manifest.format !== SHARD_FORMAT) return null
    const sameWords = (manifest.wordList ?? 'icu') === domainWordsKey()
    if (!sameWords && !Array.isArray(manifest.words)) return null
    const postingBytes = readFileSync(partPath(dir, shard, manifest.generation, 'postings'))
    const wordBytes = readFileSync(partPath(dir, shard, manifest.generation, 'words'))
    const words = uint32s(wordBytes)
    const ids = manifest.documents.map((document) => document.id)
    const intact = manifest.postingsCrc === crc32(postingBytes)
    const postings = new InvertedIndex(ARTICLE_BOOSTS, { ids, words: uint32s(postingBytes), intact })
    const documents = new Map(manifest.documents.map((document) => [document.id, document]))
    const sequences = new Map<string, Uint32Array>()
    let at = 0
    manifest.documents.forEach((document, i) => {
      const length = manifest.lengths[i] ?? 0
      sequences.set(document.id, words.subarray(at, at + length))
      at += length
    })
    if (at !== words.length || postings.size !== documents.size || manifest.spans.length !== 2 * documents.size)
      return null
    const spans = new Map(
      manifest.documents.map((document, i) => [
        document.id,
        { at: manifest.spans[2 * i] ?? 0, length: manifest.spans[2 * i + 1] ?? 0 }
      ])
    )
    const texts = DocumentTexts.open(dir, manifest.texts)
    if (!texts.holds(spans.values())) {
      texts.close()
      return null
    }
    const analysesFile = partPath(dir, shard, manifest.generation, 'analyses')
    if (!existsSync(analysesFile)) return null
    const analyses = new AnalysisIndex(manifest.intelligence, () => readAnalyses(analysesFile))
    const index = new ShardIndex(
      postings,
      documents,
      sequences,
      new TermDictionary(manifest.dictionary),
      spans,
      texts,
      analyses
    )
    if (!sameWords) markStaleDocuments(index, wordListChange(manifest.words ?? [], installedDomainWords()))
    return index
  } catch {
    return null
  }
}

/** The packed analyses saved beside a shard; none (each document's comes back when it is indexed
 * again) if the file went missing or was damaged since the shard was loaded. */
function readAnalyses(file: string): Map<string, string> {
  try {
    return new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, string][])
  } catch {
    return new Map()
  }
}

/** A file's bytes as Uint32s (Buffers from readFile may not start on a 4-byte boundary). */
function uint32s(bytes: Buffer): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error('A saved search index file is truncated.')
  return bytes.byteOffset % 4 === 0
    ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
    : new Uint32Array(new Uint8Array(bytes).buffer)
}

async function removeOtherGenerations(dir: string, shard: number, keep: string, texts: string): Promise<void> {
  const prefix = `shard-${shard}.`
  for (const name of await readdir(dir)) {
    if (
      !name.startsWith(prefix) ||
      name === `shard-${shard}.json` ||
      name === texts ||
      name.startsWith(`${prefix}${keep}.`)
    )
      continue
    await rm(join(dir, name), { force: true })
  }
}
