// A shard on disk, so that a relaunch loads the index instead of rebuilding it. The large parts
// (MiniSearch's JSON, the word sequences as raw Uint32) go to files named by a fresh generation;
// the small manifest naming them is replaced last and atomically, so a crash mid-save leaves the
// previous generation whole. The index is a cache: anything unreadable means "rebuild".
import { randomBytes } from 'node:crypto'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import MiniSearch from 'minisearch'
import { writeFileDurably } from '../storage/write-file-durably'
import { MINISEARCH_OPTIONS, ShardIndex, type IndexedDocument } from './shard-index'
import { TermDictionary } from './term-dictionary'

/** Bump when tokenising or the file layout changes: older shards are rebuilt, not misread. */
export const SHARD_FORMAT = 1

interface ShardManifest {
  format: number
  generation: string
  documents: IndexedDocument[]
  /** Word-sequence length of each document, in `documents` order. */
  lengths: number[]
  dictionary: string[]
}

const manifestPath = (dir: string, shard: number) => join(dir, `shard-${shard}.json`)
const partPath = (dir: string, shard: number, generation: string, part: 'minisearch.json' | 'words') => join(dir, `shard-${shard}.${generation}.${part}`)

export async function saveShard(dir: string, shard: number, index: ShardIndex): Promise<number> {
  const generation = randomBytes(6).toString('hex')
  const documents = [...index.documents.values()]
  const sequences = documents.map((document) => index.sequences.get(document.id) ?? new Uint32Array())
  const words = new Uint32Array(sequences.reduce((sum, sequence) => sum + sequence.length, 0))
  let at = 0
  for (const sequence of sequences) {
    words.set(sequence, at)
    at += sequence.length
  }
  const searchJson = JSON.stringify(index.search)
  // The parts need no fsync-and-rename of their own: until the manifest names them, nothing reads them.
  await writeFile(partPath(dir, shard, generation, 'minisearch.json'), searchJson)
  await writeFile(partPath(dir, shard, generation, 'words'), new Uint8Array(words.buffer))
  const manifest: ShardManifest = { format: SHARD_FORMAT, generation, documents, lengths: sequences.map((s) => s.length), dictionary: index.dictionary.terms }
  const manifestJson = JSON.stringify(manifest)
  await writeFileDurably(manifestPath(dir, shard), manifestJson, { createFolder: true })
  await removeOtherGenerations(dir, shard, generation)
  return searchJson.length + words.byteLength + manifestJson.length
}

/** The saved shard, or null when there is none or it cannot be used (then it is rebuilt). */
export async function loadShard(dir: string, shard: number): Promise<ShardIndex | null> {
  try {
    const manifest = JSON.parse(await readFile(manifestPath(dir, shard), 'utf8')) as ShardManifest
    if (manifest.format !== SHARD_FORMAT) return null
    const [searchJson, wordBytes] = await Promise.all([
      readFile(partPath(dir, shard, manifest.generation, 'minisearch.json'), 'utf8'),
      readFile(partPath(dir, shard, manifest.generation, 'words'))
    ])
    const words = new Uint32Array(wordBytes.buffer, wordBytes.byteOffset, wordBytes.byteLength / 4)
    const search = MiniSearch.loadJSON(searchJson, MINISEARCH_OPTIONS)
    const documents = new Map(manifest.documents.map((document) => [document.id, document]))
    const sequences = new Map<string, Uint32Array>()
    let at = 0
    manifest.documents.forEach((document, i) => {
      const length = manifest.lengths[i] ?? 0
      sequences.set(document.id, words.slice(at, at + length))
      at += length
    })
    if (at !== words.length || search.documentCount !== documents.size) return null
    return new ShardIndex(search, documents, sequences, new TermDictionary(manifest.dictionary))
  } catch {
    return null
  }
}

async function removeOtherGenerations(dir: string, shard: number, keep: string): Promise<void> {
  const prefix = `shard-${shard}.`
  for (const name of await readdir(dir)) {
    if (name.startsWith(prefix) && name !== `shard-${shard}.json` && !name.startsWith(`${prefix}${keep}.`)) await rm(join(dir, name), { force: true })
  }
}
