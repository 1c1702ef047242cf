// The notes index on disk, beside the article shards, so that a launch loads it instead of reading
// every annotation shard of the store. Laid out as a shard is (shard-file.ts): postings as raw
// Uint32 in a part named by a fresh generation, word sequences and the note and quote texts (UTF-16,
// read as is: kept-note-texts.ts) in parts beside it, a small manifest replaced last and atomically.
// The manifest carries the store's generation the index was current at (AnnotationStore's
// `savedGeneration`); the engine compares it with the store's at launch and rebuilds when they differ.
import { randomBytes } from 'node:crypto'
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from '../storage/write-file-durably'
import { AnnotationIndex, NOTE_BOOSTS, type SearchableAnnotation } from './annotation-index'
import { InvertedIndex } from './inverted-index'
import { keptAnnotations, packTexts } from './kept-note-texts'
import { TermDictionary } from './term-dictionary'

/** Bump when the notes' tokenising or this layout changes: older files are rebuilt, not misread. */
export const NOTES_FORMAT = 3

interface NotesManifest {
  format: number
  part: string
  /** The store's generation this index holds every note and quote of. */
  generation: string
  /** [id, articleId] per annotation, in the postings' document order. */
  annotations: Array<[string, string]>
  /** Each annotation's note and quote length, in bytes of the texts part (UTF-16). */
  textLengths: number[]
  /** Each annotation's word-sequence length (in `annotations` order; the words part holds them), and the term ids' words. */
  lengths: number[]
  dictionary: string[]
}

const manifestPath = (dir: string, shard: number) => join(dir, `notes-${shard}.json`)
const partPath = (dir: string, shard: number, part: string, kind: 'postings' | 'words' | 'texts' = 'postings') =>
  join(dir, `notes-${shard}.${part}.${kind}`)

export async function saveNotes(dir: string, shard: number, index: AnnotationIndex, generation: string): Promise<void> {
  const part = randomBytes(6).toString('hex')
  const postings = index.postings.pack()
  const kept = index.postings.documentIds().map((id) => index.annotations.get(id) as SearchableAnnotation)
  const annotations = kept.map(({ id, articleId }) => [id, articleId] as [string, string])
  const texts = packTexts(kept)
  const sequences = kept.map(({ id }) => index.sequences.get(id) ?? new Uint32Array())
  const words = new Uint32Array(sequences.reduce((sum, sequence) => sum + sequence.length, 0))
  sequences.reduce((at, sequence) => (words.set(sequence, at), at + sequence.length), 0)
  const lengths = sequences.map((sequence) => sequence.length)
  const manifest: NotesManifest = {
    format: NOTES_FORMAT,
    part,
    generation,
    annotations,
    textLengths: texts.lengths,
    lengths,
    dictionary: index.dictionary.terms
  }
  await writeFile(partPath(dir, shard, part), new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength))
  await writeFile(partPath(dir, shard, part, 'words'), new Uint8Array(words.buffer))
  await writeFile(partPath(dir, shard, part, 'texts'), texts.bytes)
  await writeFileDurably(manifestPath(dir, shard), JSON.stringify(manifest), { createFolder: true })
  for (const name of await readdir(dir)) {
    if (
      name.startsWith(`notes-${shard}.`) &&
      name !== `notes-${shard}.json` &&
      !name.startsWith(`notes-${shard}.${part}.`)
    )
      await rm(join(dir, name), { force: true })
  }
}

/** The saved notes index and the generation it is current at; null when missing or unusable. */
export async function loadNotes(
  dir: string,
  shard: number
): Promise<{ index: AnnotationIndex; generation: string } | null> {
  try {
    const manifest = JSON.parse(await readFile(manifestPath(dir, shard), 'utf8')) as NotesManifest
    if (manifest.format !== NOTES_FORMAT || typeof manifest.generation !== 'string') return null
    const [bytes, wordBytes, textBytes] = await Promise.all([
      readFile(partPath(dir, shard, manifest.part)),
      readFile(partPath(dir, shard, manifest.part, 'words')),
      readFile(partPath(dir, shard, manifest.part, 'texts'))
    ])
    const kept = keptAnnotations(manifest.annotations, manifest.textLengths, textBytes)
    if (!kept) return null
    if (bytes.byteLength % 4 !== 0 || wordBytes.byteLength % 4 !== 0) return null
    const words = new Uint32Array(new Uint8Array(wordBytes).buffer)
    const ids = manifest.annotations.map(([id]) => id)
    const postings = new InvertedIndex(NOTE_BOOSTS, { ids, words: new Uint32Array(new Uint8Array(bytes).buffer) })
    const annotations = new Map(kept.map((annotation) => [annotation.id, annotation]))
    const sequences = new Map<string, Uint32Array>()
    let at = 0
    manifest.annotations.forEach(([id], i) => {
      const length = manifest.lengths[i] ?? 0
      sequences.set(id, words.subarray(at, at + length))
      at += length
    })
    if (postings.size !== annotations.size || at !== words.length) return null
    return {
      index: new AnnotationIndex(postings, annotations, sequences, new TermDictionary(manifest.dictionary)),
      generation: manifest.generation
    }
  } catch {
    return null
  }
}
