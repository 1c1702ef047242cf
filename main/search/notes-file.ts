// The notes index on disk, beside the article shards, so that a launch loads it instead of reading
// every annotation shard of the store. Laid out as a shard is (shard-file.ts): postings as raw
// Uint32 in a part named by a fresh generation; the notes' table, word sequences and texts (UTF-16)
// in parts beside it, read as they are (kept-notes.ts); a small manifest replaced last and atomically.
// The manifest carries the store's generation the index was current at (AnnotationStore's
// `savedGeneration`); the engine compares it with the store's at launch and rebuilds when they differ.
// It also records the domain word list the notes were cut with, word by word: under another list,
// the notes and quotes holding a word added or removed are indexed again from their kept texts.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { writeFileDurably } from '../storage/write-file-durably'
import { AnnotationIndex, NOTE_BOOSTS } from './annotation-index'
import { InvertedIndex } from './inverted-index'
import { KeptNotes, type PackedNotes } from './kept-notes'
import { textsFile, type NoteTexts } from './note-texts'
import { TermDictionary } from './term-dictionary'
import { domainWordsKey, installedDomainWords } from '../../common/text/kernel-words'
import { wordListChange } from '../lexicon/word-list-change'
import { refreshNotes } from './stale-entries'

/** Bump when the notes' tokenising or this layout changes: older files are rebuilt, not misread. */
export const NOTES_FORMAT = 5

interface NotesManifest {
  format: number
  /** The domain word list the notes were cut with (kernel-words.ts), by its key and its words. */
  wordList?: string
  /** Its words, sorted; without them (an older manifest) another list means rebuild. */
  words?: string[]
  part: string
  /** The store's generation this index holds every note and quote of. */
  generation: string
  /** Each annotation's id, in the postings' document order (the table's too). */
  ids: string[]
  /** The articles the table names, by index. */
  articleIds: string[]
  /** The term ids' words. */
  dictionary: string[]
  /** CRC-32 of the postings part: when it matches, their pairs are not checked one by one at load. */
  postingsCrc?: number
}

type Part = 'postings' | 'table' | 'words' | 'texts'

const manifestPath = (dir: string, shard: number) => join(dir, `notes-${shard}.json`)
const partPath = (dir: string, shard: number, part: string, kind: Part) => join(dir, `notes-${shard}.${part}.${kind}`)

/**
 * Writes the notes index, and answers it as a relaunch would load it: the notes in the packed
 * arrays just written and their texts in the file, not an object and four strings a note (null if
 * that fails: the index given stays the one to use).
 */
export async function saveNotes(
  dir: string,
  shard: number,
  index: AnnotationIndex,
  generation: string
): Promise<AnnotationIndex | null> {
  const part = randomBytes(6).toString('hex')
  const postings = index.postings.pack()
  const notes = index.all()
  const { articleIds, table, texts, words } = KeptNotes.pack(notes)
  const manifest: NotesManifest = {
    format: NOTES_FORMAT,
    wordList: domainWordsKey(),
    words: [...installedDomainWords()],
    part,
    generation,
    ids: notes.map(({ annotation }) => annotation.id),
    articleIds,
    dictionary: index.dictionary.terms,
    postingsCrc: crc32(new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength))
  }
  const bytes = (array: Uint32Array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
  await writeFile(partPath(dir, shard, part, 'postings'), bytes(postings))
  await writeFile(partPath(dir, shard, part, 'table'), bytes(table))
  await writeFile(partPath(dir, shard, part, 'words'), bytes(words))
  await writeFile(partPath(dir, shard, part, 'texts'), texts)
  await writeFileDurably(manifestPath(dir, shard), JSON.stringify(manifest), { createFolder: true })
  for (const name of await readdir(dir)) {
    if (
      name.startsWith(`notes-${shard}.`) &&
      name !== `notes-${shard}.json` &&
      !name.startsWith(`notes-${shard}.${part}.`)
    )
      await rm(join(dir, name), { force: true })
  }
  try {
    return openNotes(
      { ids: manifest.ids, postings, intact: true, dictionary: index.dictionary, articleIds, table, words },
      () => textsFile(partPath(dir, shard, part, 'texts'))
    )
  } catch {
    return null
  }
}

/** The notes index over saved parts; throws when they do not fit together. */
function openNotes(
  parts: Omit<PackedNotes, 'texts'> & {
    ids: string[]
    postings: Uint32Array
    /** The postings' bytes matched their saved checksum (or were packed just now). */
    intact: boolean
    dictionary: TermDictionary
  },
  openTexts: () => NoteTexts
): AnnotationIndex {
  const texts = openTexts()
  try {
    const kept = KeptNotes.open({ ...parts, texts })
    const postings = new InvertedIndex(NOTE_BOOSTS, { ids: parts.ids, words: parts.postings, intact: parts.intact })
    if (!kept || kept.count !== parts.ids.length || postings.size !== kept.count)
      throw new Error('The saved notes do not match.')
    return new AnnotationIndex(postings, kept, parts.dictionary)
  } catch (err) {
    texts.close()
    throw err
  }
}

/**
 * The saved notes index and the generation it is current at; null when missing or unusable.
 * `refreshed`: how many notes were indexed again for a changed word list (the index is then
 * unsaved work).
 */
export async function loadNotes(
  dir: string,
  shard: number
): Promise<{ index: AnnotationIndex; generation: string; refreshed: number } | null> {
  try {
    // Read in one call each, on the worker's own thread: the promise API reads in chunks through
    // libuv's thread pool, which the whole process shares, and at launch the library's check of
    // every file (10,000 lstat) fills it: 30 MB took 60-130 ms that way, 3-5 ms read at once.
    const manifest = JSON.parse(readFileSync(manifestPath(dir, shard), 'utf8')) as NotesManifest
    if (manifest.format !== NOTES_FORMAT || typeof manifest.generation !== 'string') return null
    const sameWords = (manifest.wordList ?? 'icu') === domainWordsKey()
    if (!sameWords && !Array.isArray(manifest.words)) return null
    const read = (kind: Part) => readFileSync(partPath(dir, shard, manifest.part, kind))
    const postings = read('postings')
    // The texts stay in their file: a search reads the few notes it shows.
    const index = openNotes(
      {
        ids: manifest.ids,
        postings: uint32s(postings),
        intact: manifest.postingsCrc === crc32(postings),
        dictionary: new TermDictionary(manifest.dictionary),
        articleIds: manifest.articleIds,
        table: uint32s(read('table')),
        words: uint32s(read('words'))
      },
      () => textsFile(partPath(dir, shard, manifest.part, 'texts'))
    )
    try {
      const refreshed = sameWords
        ? 0
        : refreshNotes(index, wordListChange(manifest.words ?? [], installedDomainWords()))
      return { index, generation: manifest.generation, refreshed }
    } catch (err) {
      index.close()
      throw err
    }
  } catch {
    return null
  }
}

/** A file's bytes as Uint32s; throws when they are not whole (a truncated file). */
function uint32s(bytes: Buffer): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error('A saved notes file is truncated.')
  return bytes.byteOffset % 4 === 0
    ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
    : new Uint32Array(new Uint8Array(bytes).buffer)
}
