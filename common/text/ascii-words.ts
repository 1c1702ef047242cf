// The words of plain ASCII text, exactly as ICU's word segmenter finds them, without ICU. V8's
// segmenter costs about 2 µs per segment, spaces and punctuation included: text like `1 - a 1 - a`
// has a segment per character and took 2.3 s a megabyte against 0.5 s for Thai. For ASCII the
// Unicode word rules (UAX #29) are small enough to write out; ascii-words.test.ts checks this scan
// against ICU on random strings. Thai, and every other non-ASCII character, still goes to ICU.

type Kind = 'letter' | 'digit' | 'underscore' | 'other'

function kindOf(code: number): Kind {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 'letter'
  if (code >= 0x30 && code <= 0x39) return 'digit'
  return code === 0x5f ? 'underscore' : 'other'
}

/** Joins two letters (WB6/7): `a:b`, `a.b`, `a'b`. */
const BETWEEN_LETTERS = new Set([':', '.', "'"])
/** Joins two digits (WB11/12): `1,000`, `1.5`, `1;2`, `1'000`. */
const BETWEEN_DIGITS = new Set([',', ';', '.', "'"])

/** Every word-like segment of text[from, to), which must be ASCII and cut at a space or the text's ends. */
export function asciiWords(text: string, from: number, to: number, emit: (word: string, start: number) => void): void {
  let at = from
  while (at < to) {
    let kind = kindOf(text.charCodeAt(at))
    if (kind === 'other') {
      at += 1
      continue
    }
    const start = at
    let wordLike = kind !== 'underscore'
    at += 1
    while (at < to) {
      const next = kindOf(text.charCodeAt(at))
      if (next !== 'other') {
        // Letters, digits and underscores all join one another (WB5, WB8-10, WB13a/b).
        wordLike ||= next !== 'underscore' || at - start >= 1
        kind = next
        at += 1
        continue
      }
      const after = at + 1 < to ? kindOf(text.charCodeAt(at + 1)) : 'other'
      const middle = text[at] ?? ''
      const joins =
        (kind === 'letter' && after === 'letter' && BETWEEN_LETTERS.has(middle)) ||
        (kind === 'digit' && after === 'digit' && BETWEEN_DIGITS.has(middle))
      if (!joins) break
      kind = after
      at += 2
    }
    if (wordLike) emit(text.slice(start, at), start)
  }
}
