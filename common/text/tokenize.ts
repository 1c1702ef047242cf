// The one tokeniser for search (documents and queries alike): Thai through ICU's dictionary
// segmenter with the domain word list on top (kernel-words.ts), run on bounded chunks because V8's
// segmenter is superlinear on long strings; Latin and Vietnamese lower-cased, with a
// diacritic-folded form beside them so `Nhan dan` finds `Nhân dân`;
// party-document numbers (`18-NQ/TW`, `18 - NQ/TW`, `18-nq/tw`) as one canonical token. Long
// stretches of plain ASCII skip ICU (see ascii-words.ts): same words, a fraction of the time.
import { asciiWords } from './ascii-words'
import { documentToken, DOCUMENT_NUMBER } from './document-number'
import { fold } from './fold'
import { segmentWords } from './kernel-words'

export interface Token {
  term: string
  /** UTF-16 offsets of the token in the text, for marking hits. */
  start: number
  end: number
  /** The forms of a domain word's pieces (kernel-words.ts): indexed beside it, never a word of their own. */
  parts?: string[]
}

/** Chunks of at most this many characters, cut at whitespace: same segments, linear time. */
export const CHUNK = 2000

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  eachWord(text, (term, folded, start, end, parts) => {
    tokens.push(parts ? { term, start, end, parts } : { term, start, end })
    if (folded !== undefined) tokens.push({ term: folded, start, end })
  })
  return tokens
}

/**
 * Every word of `text` in order: its exact (lower-cased) form, its folded form when different,
 * its offsets, and the word as written. The indexer uses this directly, without token objects.
 */
export function eachWord(
  text: string,
  emit: (
    term: string,
    folded: string | undefined,
    start: number,
    end: number,
    parts: string[] | undefined,
    written: string
  ) => void
): void {
  let last = 0
  for (const match of text.matchAll(DOCUMENT_NUMBER)) {
    const at = match.index ?? 0
    words(text, last, at, emit)
    const { canonical, short } = documentToken(match)
    emit(canonical, undefined, at, at + match[0].length, short ? [short] : undefined, match[0])
    last = at + match[0].length
  }
  words(text, last, text.length, emit)
}

/** A run of ASCII at least this long is read without ICU; shorter ones stay in ICU's chunk. */
const PLAIN_MIN = 64

/** Words of text[from, to): long ASCII stretches by asciiWords, the rest by ICU. */
function words(text: string, from: number, to: number, emit: Parameters<typeof eachWord>[1]): void {
  for (let at = from; at < to;) {
    const plain = plainStretch(text, at, to)
    segmentedWords(text, at, plain?.[0] ?? to, emit)
    if (!plain) return
    asciiWords(text, plain[0], plain[1], (word, start) => {
      const [term, folded] = formsOf(word)
      emit(term, folded, start, start + word.length, undefined, word)
    })
    at = plain[1]
  }
}

/**
 * The next long ASCII stretch in text[from, to), or null. It starts and ends before a space (or
 * at the range's ends), where a cut changes no word, as the chunks below rely on too.
 */
function plainStretch(text: string, from: number, to: number): [number, number] | null {
  let runStart = from
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) < 0x80) continue
    if (i - runStart >= PLAIN_MIN) {
      const start = runStart === from ? from : text.indexOf(' ', runStart)
      const end = i === to ? to : text.lastIndexOf(' ', i - 1)
      if (start !== -1 && end > start) return [start, end]
    }
    runStart = i + 1
  }
  return null
}

/** Words of text[from, to) by ICU, segmented in whitespace-bounded chunks. */
function segmentedWords(text: string, from: number, to: number, emit: Parameters<typeof eachWord>[1]): void {
  for (let start = from; start < to;) {
    let end = Math.min(to, start + CHUNK)
    if (end < to) {
      const space = text.lastIndexOf(' ', end)
      if (space > start + CHUNK / 2) end = space
    }
    for (const segment of segmentWords(text.slice(start, end))) {
      if (!segment.isWordLike) continue
      const word = segment.segment
      const at = start + segment.index
      const parts = segment.parts?.flatMap((part) => formsOf(part).filter((form): form is string => form !== undefined))
      if (isThai(word)) emit(word, undefined, at, at + word.length, parts, word)
      else {
        const [term, folded] = formsOf(word)
        emit(term, folded, at, at + word.length, parts, word)
      }
    }
    start = end
  }
}

/** Thai has no case and no Latin diacritics: a word all in Thai is its own forms, nothing to look up. */
function isThai(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code < 0x0e00 || code > 0x0e7f) return false
  }
  return true
}

/** Lower-casing and folding are slow next to segmenting: remember each word's forms. */
const forms = new Map<string, [string, string | undefined]>()
const FORMS_KEPT = 200_000

function formsOf(segment: string): [string, string | undefined] {
  let known = forms.get(segment)
  if (known) return known
  const term = segment.toLocaleLowerCase('vi')
  const folded = fold(term)
  known = [term, folded === term ? undefined : folded]
  if (forms.size >= FORMS_KEPT) forms.clear()
  forms.set(segment, known)
  return known
}
