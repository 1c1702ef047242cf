// The notes of a loaded notes index, kept as they were saved (notes-file.ts) and addressed by their
// number there: word sequences as term ids and a table of where each note ends, typed arrays read
// as they are, and the texts (UTF-16) read from their file only for the notes a search shows.
// Nothing is made per note at launch. Making 50,000 objects, Maps and views a worker took longer
// than loading the articles; reading the texts whole, 15 MB a worker, took a tenth of the load.
import type { SearchableAnnotation } from './searchable-annotation'
import type { NoteTexts } from './note-texts'

/** Per note: its article (index in `articleIds`), then where its note, quote and words end. */
const COLUMNS = 4

/** An annotation whose texts lie in a saved notes file's texts part, read (both at once) when first asked for. */
class KeptAnnotation implements SearchableAnnotation {
  private texts: [note: string, quote: string] | null = null

  constructor(
    readonly id: string,
    readonly articleId: string,
    private readonly file: NoteTexts,
    /** Byte offsets in the file: the note from `at` to `quoteAt`, the quote from there to `end`. */
    private readonly at: number,
    private readonly quoteAt: number,
    private readonly end: number
  ) {}

  get note(): string {
    return this.read()[0]
  }

  get quote(): string {
    return this.read()[1]
  }

  private read(): [string, string] {
    if (!this.texts) {
      const both = this.file.text(this.at, this.end)
      const split = (this.quoteAt - this.at) / 2
      this.texts = [both.slice(0, split), both.slice(split)]
    }
    return this.texts
  }
}

/** What `KeptNotes.pack` writes and `KeptNotes.open` reads back. */
export interface PackedNotes<Texts = NoteTexts> {
  articleIds: string[]
  table: Uint32Array
  texts: Texts
  words: Uint32Array
}

export class KeptNotes {
  private constructor(
    private readonly packed: PackedNotes,
    readonly count: number
  ) {}

  /** Notes in the order given, each with its word sequence. */
  static pack(notes: ReadonlyArray<{ annotation: SearchableAnnotation; sequence: Uint32Array }>): PackedNotes<Buffer> {
    const articles = new Map<string, number>()
    const table = new Uint32Array(COLUMNS * notes.length)
    const texts: string[] = []
    let chars = 0
    let words = 0
    notes.forEach(({ annotation: { articleId, note, quote }, sequence }, i) => {
      if (!articles.has(articleId)) articles.set(articleId, articles.size)
      texts.push(note, quote)
      table.set(
        [
          articles.get(articleId) as number,
          (chars += note.length),
          (chars += quote.length),
          (words += sequence.length)
        ],
        COLUMNS * i
      )
    })
    const packedWords = new Uint32Array(words)
    notes.reduce((at, { sequence }) => (packedWords.set(sequence, at), at + sequence.length), 0)
    return {
      articleIds: [...articles.keys()],
      table,
      texts: Buffer.from(texts.join(''), 'utf16le'),
      words: packedWords
    }
  }

  /** The notes `pack` wrote; null when the parts do not fit together (a damaged or mismatched file). */
  static open(packed: PackedNotes): KeptNotes | null {
    const { articleIds, table, texts, words } = packed
    if (table.length % COLUMNS !== 0) return null
    let chars = 0
    let wordsAt = 0
    for (let at = 0; at < table.length; at += COLUMNS) {
      const noteEnd = table[at + 1] as number
      const quoteEnd = table[at + 2] as number
      const wordsEnd = table[at + 3] as number
      if ((table[at] as number) >= articleIds.length || noteEnd < chars || quoteEnd < noteEnd || wordsEnd < wordsAt)
        return null
      chars = quoteEnd
      wordsAt = wordsEnd
    }
    if (2 * chars !== texts.byteLength || wordsAt !== words.length) return null
    return new KeptNotes(packed, table.length / COLUMNS)
  }

  /** Note number `slot` (`id`: its id, which the postings keep). */
  annotation(slot: number, id: string): SearchableAnnotation {
    const { articleIds, table, texts } = this.packed
    const at = COLUMNS * slot
    const start = slot === 0 ? 0 : (table[at - 2] as number)
    return new KeptAnnotation(
      id,
      articleIds[table[at] as number] as string,
      texts,
      2 * start,
      2 * (table[at + 1] as number),
      2 * (table[at + 2] as number)
    )
  }

  /** Lets go of the texts' file. */
  close(): void {
    this.packed.texts.close()
  }

  /** Its words as term ids, note then BREAK then quote. */
  sequence(slot: number): Uint32Array {
    const { table, words } = this.packed
    const at = COLUMNS * slot
    return words.subarray(slot === 0 ? 0 : (table[at - 1] as number), table[at + 3] as number)
  }
}
