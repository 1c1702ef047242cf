// The domain word list in the text kernel. ICU's dictionary does not know this field's words: it
// cuts `ท้องถิ่น` into `ท้อง|ถิ่น` and glues `การกระจายอำนาจ` into `การก|ระ|จา|ยอำ|นาจ`. Each run of
// Thai words ICU found is cut again: a listed word starting where a word starts is taken whole
// (the longest one), and one starting inside ICU's word is taken when what lies before it is a
// word by itself (`การ` before `กระจายอำนาจ`); the rest keeps ICU's cuts. A listed word never
// starts or ends inside a Thai syllable's vowel or tone marks.
import { wordSegmenter } from './segmenters'

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

interface TrieNode {
  word: boolean
  /** By UTF-16 code unit: a char code needs no one-character string per step. */
  next: Map<number, TrieNode>
}

/** Thai marks and vowels that belong to the syllable before them: no word starts with one. */
const attached = (code: number) => (code >= 0x0e30 && code <= 0x0e3a) || (code >= 0x0e45 && code <= 0x0e4e)
/** Vowels written before their consonant (เ แ โ ใ ไ): no word ends with one. */
const leading = (code: number) => code >= 0x0e40 && code <= 0x0e44

export class DomainLexicon {
  private readonly root: TrieNode = { word: false, next: new Map() }
  private readonly parts = new Map<string, string[]>()
  readonly size: number

  constructor(words: Iterable<string>) {
    let size = 0
    for (const raw of words) {
      const word = raw.normalize('NFC').trim()
      if (!word) continue
      let node = this.root
      for (let k = 0; k < word.length; k++) {
        const code = word.charCodeAt(k)
        let child = node.next.get(code)
        if (!child) node.next.set(code, (child = { word: false, next: new Map() }))
        node = child
      }
      if (!node.word) size++
      node.word = true
      const pieces = [...wordSegmenter.segment(word)].filter((s) => s.isWordLike).map((s) => s.segment)
      if (pieces.length > 1) this.parts.set(word, pieces)
    }
    this.size = size
  }

  /** The end of the longest listed word at `from` that ends on a syllable boundary before `to`; `from` if none. */
  longestAt(text: string, from: number, to: number): number {
    let node: TrieNode | undefined = this.root
    let best = from
    for (let at = from; at < to;) {
      node = node.next.get(text.charCodeAt(at))
      if (!node) break
      at++
      if (node.word && syllableBoundary(text, at, to)) best = at
    }
    return best
  }

  /** ICU's segments of `text`, each run of Thai words cut again with the list. */
  segment(text: string): WordSegment[] {
    const icu = [...wordSegmenter.segment(text)]
    const out: WordSegment[] = []
    for (let i = 0; i < icu.length;) {
      if (!isThaiWord(icu[i])) {
        out.push(plain(icu[i++] as Intl.SegmentData))
        continue
      }
      let j = i + 1
      while (j < icu.length && isThaiWord(icu[j])) j++
      const first = icu[i] as Intl.SegmentData
      const last = icu[j - 1] as Intl.SegmentData
      const ends = icu.slice(i, j).map((segment) => segment.index + segment.segment.length)
      this.cutRun(text, first.index, last.index + last.segment.length, ends, out)
      i = j
    }
    return out
  }

  private cutRun(text: string, from: number, to: number, icuEnds: number[], out: WordSegment[]): void {
    const push = (start: number, end: number, listed = false) => {
      const segment = text.slice(start, end)
      const parts = listed ? this.parts.get(segment) : undefined
      out.push(parts ? { segment, index: start, isWordLike: true, parts } : { segment, index: start, isWordLike: true })
    }
    let ends = icuEnds
    let k = 0 // ends[k] is the first of ICU's word ends past `at`
    let atIcuBoundary = true
    for (let at = from; at < to;) {
      const listed = this.longestAt(text, at, to)
      if (listed > at) {
        push(at, listed, true)
        while (k < ends.length && (ends[k] as number) < listed) k++
        atIcuBoundary = ends[k] === listed
        at = listed
        continue
      }
      // A listed word ended inside ICU's: the rest of the run is segmented again on its own.
      if (!atIcuBoundary) {
        ends = Array.from(wordSegmenter.segment(text.slice(at, to)), (s) => at + s.index + s.segment.length)
        k = 0
      }
      while (k < ends.length && (ends[k] as number) <= at) k++
      const next = ends[k] ?? to
      let end = next
      for (let inner = at + 1; inner < next; inner++) {
        if (!this.root.next.has(text.charCodeAt(inner)) || !syllableBoundary(text, inner, to)) continue
        if (this.longestAt(text, inner, to) > inner && isOneWord(text.slice(at, inner))) {
          end = inner
          break
        }
      }
      push(at, end)
      atIcuBoundary = end === next
      at = end
    }
  }
}

function plain(segment: Intl.SegmentData): WordSegment {
  return { segment: segment.segment, index: segment.index, isWordLike: segment.isWordLike === true }
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
