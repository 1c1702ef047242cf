// A result's snippet: the first passage where the query matches, cut at word boundaries, with the
// hits as ranges (the renderer marks them; the text is never read as HTML).
import { matchRanges, wordsOf, type Clause, type WordAt } from '../../common/text/query'
import type { Snippet, TextRange } from '../../common/model/search-types'
import { tokenize } from '../../common/text/tokenize'

const BEFORE = 60
const LENGTH = 220

/**
 * Around the first passage where the whole query occurs: the first text (title, then blocks) in
 * which every clause of one reading has a hit, read with the most specific such reading (the
 * joined prefix while a Thai word is typed, not its pieces), marking that reading's hits only. A
 * piece such as `รู` of a typed `ปฏิรู` then never picks a paragraph that merely holds `รูป`.
 * When no text holds a whole reading, the first text with any hit. Texts after the one chosen are
 * never segmented (nor read, when `texts` reads them as it goes). `wordsIn` gives a text's words
 * when they are known already (the index kept them); by default the text is segmented.
 */
export function makeSnippet(
  texts: Iterable<string>,
  alternatives: Clause[][],
  wordsIn: (text: string, i: number) => WordAt[] = (text) => wordsOf(tokenize(text))
): Snippet | null {
  const specificFirst = [...alternatives].reverse()
  let fallback: Snippet | null = null
  let i = 0
  for (const text of texts) {
    const words = wordsIn(text, i++)
    for (const clauses of specificFirst) {
      const hits = matchRanges(words, clauses)
      const first = hits[0]
      if (!first) continue
      const whole = clauses.every((clause) => matchRanges(words, [clause]).length > 0)
      if (whole) return around(text, words, hits, first)
      fallback ??= around(text, words, hits, first)
    }
  }
  return fallback
}

function around(text: string, words: WordAt[], hits: TextRange[], first: TextRange): Snippet {
  const startWord = words.find((word) => word.end > first.start - BEFORE)
  const start = Math.min(first.start, startWord?.start ?? first.start)
  const endWord = [...words].reverse().find((word) => word.end <= start + LENGTH)
  const end = Math.max(first.end, endWord?.end ?? text.length)
  const lead = start > 0 ? '…' : ''
  const tail = end < text.length ? '…' : ''
  const marks = hits
    .filter((hit) => hit.start >= start && hit.end <= end)
    .map((hit) => ({ start: hit.start - start + lead.length, end: hit.end - start + lead.length }))
  return { text: lead + text.slice(start, end) + tail, marks }
}

/** The opening of a text, for an annotation or article whose hit lies outside what is shown. */
export function openingOf(text: string): Snippet {
  return { text: text.length > LENGTH ? text.slice(0, LENGTH) + '…' : text, marks: [] }
}
