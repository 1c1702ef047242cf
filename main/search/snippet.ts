// A result's snippet: the first passage where the query matches, cut at word boundaries, with the
// hits as ranges (the renderer marks them; the text is never read as HTML).
import { matchRanges, wordsOf, type Clause, type WordAt } from './query'
import type { Snippet, TextRange } from './search-types'
import { tokenize } from './tokenize'

const BEFORE = 60
const LENGTH = 220

/**
 * Around the first hit in `texts` (title, then blocks), for the reading of the query that the
 * document matches (the joined prefix while a Thai word is typed, not its pieces); null if none.
 */
export function makeSnippet(texts: readonly string[], alternatives: Clause[][]): Snippet | null {
  const words = texts.map((text) => wordsOf(tokenize(text)))
  const matches = (clauses: Clause[]) => clauses.every((clause) => words.some((list) => matchRanges(list, [clause]).length > 0))
  // Later readings join more pieces: the more specific reading, when it matches, is the one meant.
  const clauses = [...alternatives].reverse().find(matches) ?? alternatives.flat()
  for (const [i, text] of texts.entries()) {
    const hits = matchRanges(words[i] as WordAt[], clauses)
    const first = hits[0]
    if (first) return around(text, words[i] as WordAt[], hits, first)
  }
  return null
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
