// The domain word list in the text kernel. ICU's dictionary does not know this field's words: it
// cuts `ท้องถิ่น` into `ท้อง|ถิ่น` and glues `การกระจายอำนาจ` into `การก|ระ|จา|ยอำ|นาจ`. Each run of
// Thai words ICU found is cut again: a listed word starting where a word starts is taken whole
// (the longest one), and one starting inside ICU's word is taken when what lies before it is a
// word by itself (`การ` before `กระจายอำนาจ`); the rest keeps ICU's cuts. A listed word never
// starts or ends inside a Thai syllable's vowel or tone marks.
import { wordSegmenter } from './segmenters'
import { WordTrie } from './word-trie'

export interface WordSegment {
  segment: string
  /** UTF-16 offset in the text segmented. */
  index: number
  isWordLike: boolean
  /**
   * A listed word's pieces as ICU cuts it alone (`รอง`, `เลขาธิการ` of `รองเลขาธิการ`): the index
   * also counts them, so a search for a piece still finds the word, as it did before the list.
   */
  parts?: string[]
}

/** Thai marks and vowels that belong to the syllable before them: no word starts with one. */
const attached = (code: number) => (code >= 0x0e30 && code <= 0x0e3a) || (code >= 0x0e45 && code <= 0x0e4e)
/** Vowels written before their consonant (เ แ โ ใ ไ): no word ends with one. */
const leading = (code: number) => code >= 0x0e40 && code <= 0x0e44

export class DomainLexicon {
  private readonly trie = new WordTrie()
  private readonly parts = new Map<string, string[]>()
  /** One run's ICU words, reused: a paragraph has dozens of runs and this is the index's inner loop. */
  private readonly run: Intl.SegmentData[] = []

  constructor(words: Iterable<string>) {
    for (const raw of words) {
      const word = raw.normalize('NFC').trim()
      if (!word || !this.trie.add(word)) continue
      const pieces = [...wordSegmenter.segment(word)].filter((s) => s.isWordLike).map((s) => s.segment)
      if (pieces.length > 1) this.parts.set(word, pieces)
    }
  }

  get size(): number {
    return this.trie.size
  }

  /** ICU's segments of `text`, each run of Thai words cut again with the list where one occurs in it.
   * ICU's own are handed on as they are, not copied (the index's inner loop): at word granularity
   * `isWordLike` is always set. */
  segment(text: string): WordSegment[] {
    const out: WordSegment[] = []
    const starts = this.trie.startsIn(text)
    const run = this.run
    run.length = 0
    const flush = () => {
      if (run.length > 0) this.cutRun(text, run, starts, out)
      run.length = 0
    }
    for (const segment of wordSegmenter.segment(text)) {
      if (isThaiWord(segment)) {
        run.push(segment)
        continue
      }
      flush()
      out.push(segment as WordSegment)
    }
    flush()
    return out
  }

  /** Cuts a run of ICU's Thai words (adjacent, in order) again with the list. */
  private cutRun(text: string, run: readonly Intl.SegmentData[], starts: Uint8Array | null, out: WordSegment[]): void {
    const from = (run[0] as Intl.SegmentData).index
    const last = run[run.length - 1] as Intl.SegmentData
    const to = last.index + last.segment.length
    if (!starts || !listedWithin(starts, from, to)) {
      for (const segment of run) out.push(segment as WordSegment)
      return
    }
    let ends = run.map((segment) => segment.index + segment.segment.length)
    const longestAt = (at: number) => (starts[at] === 1 ? this.trie.longestAt(text, at, to, syllableBoundary) : at)
    let resegmented = false
    let k = 0 // ends[k] is the first of ICU's word ends past `at`
    let atIcuBoundary = true
    for (let at = from; at < to;) {
      const listed = longestAt(at)
      if (listed > at) {
        const segment = text.slice(at, listed)
        const parts = this.parts.get(segment)
        out.push(parts ? { segment, index: at, isWordLike: true, parts } : { segment, index: at, isWordLike: true })
        while (k < ends.length && (ends[k] as number) < listed) k++
        atIcuBoundary = ends[k] === listed
        at = listed
        continue
      }
      // A listed word ended inside ICU's: the rest of the run is segmented again on its own.
      if (!atIcuBoundary) {
        ends = Array.from(wordSegmenter.segment(text.slice(at, to)), (s) => at + s.index + s.segment.length)
        resegmented = true
        k = 0
      }
      while (k < ends.length && (ends[k] as number) <= at) k++
      const next = ends[k] ?? to
      let end = next
      for (let inner = at + 1; inner < next; inner++) {
        if (starts[inner] !== 1 || !syllableBoundary(text, inner, to)) continue
        if (longestAt(inner) > inner && isOneWord(text.slice(at, inner))) {
          end = inner
          break
        }
      }
      // ICU's own word, untouched: its string is reused rather than cut from the text again.
      const icu = resegmented ? undefined : run[k]
      const segment = icu && icu.index === at && end === next ? icu.segment : text.slice(at, end)
      out.push({ segment, index: at, isWordLike: true })
      atIcuBoundary = end === next
      at = end
    }
  }
}

function listedWithin(starts: Uint8Array, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (starts[at] === 1) return true
  return false
}

function isThaiWord(segment: Intl.SegmentData | undefined): boolean {
  if (segment?.isWordLike !== true) return false
  const first = segment.segment.charCodeAt(0)
  return first >= 0x0e01 && first <= 0x0e5b
}

/** The silencing mark (การันต์): the consonant before it, and any mark between, end the syllable before. */
const KARAN = 0x0e4c

/** May a word start or end at `at` (a Thai syllable is never cut)? */
function syllableBoundary(text: string, at: number, to: number): boolean {
  if (at >= to) return true
  if (attached(text.charCodeAt(at)) || leading(text.charCodeAt(at - 1))) return false
  const after = text.charCodeAt(at + 1)
  return after !== KARAN && !(attached(after) && text.charCodeAt(at + 2) === KARAN)
}

/** Is `piece` one word in ICU's eyes when it stands alone? */
function isOneWord(piece: string): boolean {
  let count = 0
  for (const segment of wordSegmenter.segment(piece)) {
    if (!segment.isWordLike || ++count > 1) return false
  }
  return count === 1
}
