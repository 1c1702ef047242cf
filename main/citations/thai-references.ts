// References the translations make in Thai words, without the code: `มติที่ 18` (resolution 18),
// `ข้อสรุปหมายเลข 127`, `แผนฉบับที่ 406`, `โครงการ 06`. The Thai word gives the kind; the number
// alone names a document only once the same article's codes or the known list settle which.
// A count (`พระราชกฤษฎีกา 28 ฉบับ`), a year and a kind word inside a longer word (`แผนก 187`,
// department 187) are not references.
import type { WordSegment } from '../../common/text/domain-words'
import { segmentWords } from '../../common/text/kernel-words'
import { CONNECTIVE, KIND_WORD, KIND_WORDS } from '../../common/text/thai-document-words'

const THAI_REFERENCE = new RegExp(
  `(${KIND_WORD})(?:\\s*(${CONNECTIVE}))?\\s*(\\d{1,4}[a-z]?)(?![\\d/.,:]\\d|[\\d/–-])`,
  'gu'
)
/** After a bare number these make it a count or a measure, not a document. */
const COUNT_WORDS =
  /^\s*(?:ฉบับ(?!นี้)|คน|แห่ง|ปี|เดือน|วัน|ข้อ|ประการ|เรื่อง|ด้าน|หน่วย|ครั้ง|รายการ|โครงการ|ล้าน|พัน|หมื่น|แสน|ร้อย|กว่า|%)/u

export interface ThaiReference {
  text: string
  /** Offsets in the text searched. */
  start: number
  end: number
  kinds: string[]
  number: string
}

/** Every Thai-word reference of `text` (one block), outside the spans already taken by codes. */
export function findThaiReferences(
  text: string,
  taken: readonly { start: number; end: number }[],
  /** The kernel's segments of `text`, when the caller has them (the index's pass does). */
  segments?: readonly WordSegment[]
): ThaiReference[] {
  const found: ThaiReference[] = []
  let wordStarts: Set<number> | null = null
  for (const match of text.matchAll(THAI_REFERENCE)) {
    const [whole, word = '', connective, number = ''] = match
    const start = match.index
    const end = start + whole.length
    if (taken.some((span) => span.start < end && start < span.end)) continue
    if (!connective && (Number.parseInt(number, 10) >= 1000 || COUNT_WORDS.test(text.slice(end)))) continue
    // The kind word must be a word of its own, not the end of a longer one.
    wordStarts ??= new Set((segments ?? segmentWords(text)).map((segment) => segment.index))
    if (start > 0 && /\p{L}/u.test(text.charAt(start - 1)) && !wordStarts.has(start)) continue
    found.push({ text: whole, start, end, kinds: KIND_WORDS[word] ?? [], number })
  }
  return found
}

/** The Thai kind word written just before a code (`กฎหมาย 31/2024/QH15`), if any: it says
 * whether an Assembly code is a law or a resolution. */
export function kindWordBefore(text: string, codeStart: number): string[] | null {
  const before = text.slice(Math.max(0, codeStart - 24), codeStart)
  const match = new RegExp(`(${KIND_WORD})(?:\\s*(?:${CONNECTIVE}))?\\s*$`, 'u').exec(before)
  return (match && KIND_WORDS[match[1] ?? '']) ?? null
}
