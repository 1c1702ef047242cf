// The note and quote texts of a loaded notes index, kept as the UTF-16 bytes they were saved as
// (one buffer a shard) and decoded only when read: a search reads the twenty it shows. Decoding
// 50,000 notes a worker from JSON at launch took longer than loading the article index.
import type { SearchableAnnotation } from './annotation-index'

/** An annotation whose texts lie in a saved notes file's text part. */
class KeptAnnotation implements SearchableAnnotation {
  constructor(
    readonly id: string,
    readonly articleId: string,
    private readonly texts: Buffer,
    /** Byte offsets in `texts`: the note from `at` to `quoteAt`, the quote from there to `end`. */
    private readonly at: number,
    private readonly quoteAt: number,
    private readonly end: number
  ) {}

  get note(): string {
    return this.texts.toString('utf16le', this.at, this.quoteAt)
  }

  get quote(): string {
    return this.texts.toString('utf16le', this.quoteAt, this.end)
  }
}

/** Note and quote texts, one after the other, as UTF-16 bytes; `lengths` holds each text's length in bytes. */
export function packTexts(annotations: readonly SearchableAnnotation[]): { bytes: Buffer; lengths: number[] } {
  const bytes = Buffer.from(annotations.map(({ note, quote }) => note + quote).join(''), 'utf16le')
  const lengths = annotations.flatMap(({ note, quote }) => [note.length * 2, quote.length * 2])
  return { bytes, lengths }
}

/** The annotations `packTexts` wrote, reading their texts from `bytes`; null if the lengths do not fit it. */
export function keptAnnotations(
  entries: ReadonlyArray<readonly [id: string, articleId: string]>,
  lengths: readonly number[],
  bytes: Buffer
): SearchableAnnotation[] | null {
  if (lengths.length !== entries.length * 2) return null
  const kept: SearchableAnnotation[] = []
  let at = 0
  for (let i = 0; i < entries.length; i++) {
    const [id, articleId] = entries[i] as readonly [string, string]
    const quoteAt = at + (lengths[2 * i] as number)
    const end = quoteAt + (lengths[2 * i + 1] as number)
    if (quoteAt % 2 !== 0 || end % 2 !== 0 || end > bytes.length) return null
    kept.push(new KeptAnnotation(id, articleId, bytes, at, quoteAt, end))
    at = end
  }
  return at === bytes.length ? kept : null
}
