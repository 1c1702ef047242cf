// What a query means, read through the same tokeniser as the documents. Unquoted words must all
// occur (the last one may be a prefix: results as you type); a quoted phrase must occur as
// consecutive words. A word typed without diacritics matches with or without them (`nhan` finds
// `nhân`); a word typed with them matches only that spelling.
import { canonicalPrefix, PARTIAL_DOCUMENT_NUMBER } from './document-number'
import { fold } from './fold'
import { FUNCTION_WORDS } from './function-words'
import { CONNECTIVE, KIND_WORD, KIND_WORDS } from './thai-document-words'
import { tokenize, type Token } from './tokenize'

export interface QueryTerm {
  term: string
  prefix: boolean
}

/** One requirement of a query: a single word, or a phrase of consecutive words. */
export interface Clause {
  terms: QueryTerm[]
  phrase: boolean
}

/** The words of a text, one entry per position, with every indexed form (exact, folded) of it. */
export interface WordAt {
  forms: string[]
  start: number
  end: number
  /** A domain word's pieces (Token.parts): for the index's counts only. */
  parts?: string[]
}

export function wordsOf(tokens: Token[]): WordAt[] {
  const words: WordAt[] = []
  for (const token of tokens) {
    const last = words[words.length - 1]
    if (last && last.start === token.start) last.forms.push(token.term)
    else
      words.push(
        token.parts
          ? { forms: [token.term], start: token.start, end: token.end, parts: token.parts }
          : { forms: [token.term], start: token.start, end: token.end }
      )
  }
  return words
}

/** The words typed, each in the exact form typed (tokenize also yields folded forms). */
function typedWords(text: string): WordAt[] {
  return wordsOf(tokenize(text))
}

const typedTerms = (text: string) => typedWords(text).map((word) => word.forms[0] ?? '')

/** A search-box query: quoted phrases and single words; the last word is a prefix while typing. */
export function parseQuery(text: string): Clause[] {
  return [...new Set(parseQueryAlternatives(text).flat())]
}

/**
 * The ways to read a query, any of which may match. Usually one. While a Thai word is being typed
 * the segmenter often cuts the unfinished word into pieces (`ปฏิรู` → `ปฏิ` + `รู`), so the last
 * few pieces of an unbroken Thai run are also tried joined, as one prefix.
 */
export function parseQueryAlternatives(text: string): Clause[][] {
  const clauses: Clause[] = []
  let rest = ''
  let last = 0
  for (const match of text.matchAll(/"([^"]*)"?/g)) {
    rest += ' ' + text.slice(last, match.index)
    last = (match.index ?? 0) + match[0].length
    const terms = typedTerms(match[1] ?? '').map((term) => ({ term, prefix: false }))
    if (terms.length > 0) clauses.push({ terms, phrase: terms.length > 1 })
  }
  rest += ' ' + text.slice(last)
  const words = typedWords(rest)
  const typing = !/\s$/.test(text) && !text.trimEnd().endsWith('"')
  const alternatives = [[...clauses, ...wordClauses(words, typing)]]
  const named = thaiDocumentReading(text)
  if (named) alternatives.push(named)
  if (!typing) return alternatives
  // A document number typed up to its kind (`57-NQ`, `57-NQ/`) is one unfinished document token.
  const partial = PARTIAL_DOCUMENT_NUMBER.exec(text)
  if (partial) {
    const before = parseQueryAlternatives(text.slice(0, partial.index) + ' ')[0] ?? []
    alternatives.push([
      ...before,
      single(`${canonicalPrefix(partial[1] ?? '', partial[2] ?? '')}${partial[0].includes('/') ? '/' : ''}`, true)
    ])
  }
  for (let k = 2; k <= Math.min(MAX_JOINED, words.length); k++) {
    const run = words.slice(-k)
    if (
      run.some((word, i) => i > 0 && word.start !== (run[i - 1] as WordAt).end) ||
      !run.every((word) => THAI.test(word.forms[0] ?? ''))
    )
      break
    const joined = rest.slice((run[0] as WordAt).start, (run[k - 1] as WordAt).end)
    alternatives.push([...clauses, ...wordClauses(words.slice(0, -k), false), single(joined, true)])
  }
  return alternatives
}

/** `มติที่ 57` (resolution 57) typed in Thai: also read as the document number `57-nq`, which an
 * article citing `57-NQ/TW` holds, as does one whose `มติที่ 57` the index resolved to it. */
const THAI_DOCUMENT = new RegExp(`(${KIND_WORD})\\s*(?:${CONNECTIVE})?\\s*(\\d{1,4})(?![\\d/–-])`, 'u')

function thaiDocumentReading(text: string): Clause[] | null {
  const match = THAI_DOCUMENT.exec(text)
  const kind = match && KIND_WORDS[match[1] ?? '']?.[0]
  if (!match || !kind || kind === 'Luật') return null
  const others = text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length)
  const rest = others.trim() === '' ? [] : (parseQueryAlternatives(others)[0] ?? [])
  return [...rest, single(canonicalPrefix(match[2] ?? '', kind), false)]
}

const single = (term: string, prefix: boolean): Clause => ({ terms: [{ term, prefix }], phrase: false })

/**
 * The clauses of the unquoted words. Thai typed without a space is one word or a compound that the
 * segmenter may cut into pieces (`การปฏิรูป` → `การ` + `ปฏิรูป`): a grammatical piece is joined to
 * its neighbour as a phrase, so it never makes a hit alone. Other pieces stay words of their own:
 * a name such as `ไทเงวียน` is cut one way in the query and another in the text, and a phrase of
 * the query's pieces would miss it.
 */
function wordClauses(words: WordAt[], typing: boolean): Clause[] {
  const clauses: Clause[] = []
  for (const run of gluedRuns(words)) {
    const typed = typing && run.includes(words[words.length - 1] as WordAt)
    const terms = run.map((word) => word.forms[0] ?? '')
    const groups = attachFunctionWords(terms)
    let at = 0
    for (const group of groups) {
      at += group.length
      const prefix = (i: number) => typed && at - group.length + i === terms.length - 1
      clauses.push(
        group.length === 1
          ? single(group[0] ?? '', prefix(0))
          : { terms: group.map((term, i) => ({ term, prefix: prefix(i) })), phrase: true }
      )
    }
  }
  return clauses
}

/** Runs of Thai words typed with no space between them; any other word is a run of its own. */
function gluedRuns(words: WordAt[]): WordAt[][] {
  const runs: WordAt[][] = []
  words.forEach((word, i) => {
    const previous = words[i - 1]
    const glued =
      previous && previous.end === word.start && THAI.test(previous.forms[0] ?? '') && THAI.test(word.forms[0] ?? '')
    if (glued) runs[runs.length - 1]?.push(word)
    else runs.push([word])
  })
  return runs
}

/** Groups a run's pieces: each grammatical piece with the piece after it (before it, at the end). */
function attachFunctionWords(terms: string[]): string[][] {
  const groups: string[][] = []
  let pending: string[] = []
  for (const term of terms) {
    pending.push(term)
    if (!FUNCTION_WORDS.has(term)) {
      groups.push(pending)
      pending = []
    }
  }
  if (pending.length > 0) {
    const lastGroup = groups[groups.length - 1]
    if (lastGroup) lastGroup.push(...pending)
    else groups.push(pending)
  }
  return groups
}

const THAI = /[\u0E00-\u0E7F]/
const MAX_JOINED = 3

/** Find in the open article: the words typed, consecutive, the last one possibly unfinished. */
export function findClause(text: string): Clause | null {
  const words = typedTerms(text.replace(/"/g, ' '))
  if (words.length === 0) return null
  return {
    terms: words.map((term, i) => ({ term, prefix: i === words.length - 1 && !/\s$/.test(text) })),
    phrase: true
  }
}

/** Find, with the unfinished last word also tried as one prefix of the pieces it was cut into. */
export function findClauses(text: string): Clause[] {
  const clause = findClause(text)
  if (!clause) return []
  const alternatives = parseQueryAlternatives(text.replace(/"/g, ' ')).slice(1)
  return [clause, ...alternatives.map((clauses) => ({ terms: clauses.flatMap((c) => c.terms), phrase: true }))]
}

/**
 * The reading of a search-box query that a text's blocks bear out: the most specific alternative
 * (the joined prefix of a Thai word being typed, before its pieces) whose every clause occurs in
 * some block; all clauses of all readings when none does.
 */
export function readingIn(blocks: WordAt[][], text: string): Clause[] {
  const alternatives = parseQueryAlternatives(text)
  const occurs = (clause: Clause) => blocks.some((words) => matchRanges(words, [clause]).length > 0)
  return [...alternatives].reverse().find((clauses) => clauses.length > 0 && clauses.every(occurs)) ?? parseQuery(text)
}

/** Does a word of the text match a query term? Folded query words match folded forms. */
export function termMatches(word: WordAt, query: QueryTerm): boolean {
  return termMatcher(query)(word)
}

/**
 * `termMatches` for one term, its folding decided once (fold per word was most of a snippet's time).
 * Folding works both ways: a word typed without diacritics matches every spelling of it, and one
 * typed with them matches that spelling or the word written without any (`Trần` finds `Tran`, not `Trấn`).
 */
function termMatcher(query: QueryTerm): (word: WordAt) => boolean {
  const folded = fold(query.term)
  const { term, prefix } = query
  const matches = (form: string, wanted: string) => (prefix ? form.startsWith(wanted) : form === wanted)
  if (folded === term) return (word) => word.forms.some((form) => matches(form, term))
  return (word) => {
    const exact = word.forms[0]
    if (exact === undefined) return false
    // One form only: the word as written has no diacritics to fold.
    return matches(exact, term) || (word.forms.length === 1 && matches(exact, folded))
  }
}

/** Where the clauses occur in a text (UTF-16 ranges, in order, not overlapping). */
export function matchRanges(words: WordAt[], clauses: Clause[]): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = []
  const matchers = clauses.map((clause) => clause.terms.map(termMatcher))
  for (let i = 0; i < words.length;) {
    let length = 0
    for (const matcher of matchers) {
      const n = matcher.length
      if (i + n <= words.length && matcher.every((matches, k) => matches(words[i + k] as WordAt)))
        length = Math.max(length, n)
    }
    if (length === 0) {
      i++
      continue
    }
    ranges.push({ start: (words[i] as WordAt).start, end: (words[i + length - 1] as WordAt).end })
    i += length
  }
  return ranges
}

/** Matches of a query in a text, tokenised the way the index reads it. */
export function findInText(text: string, clauses: Clause[]): Array<{ start: number; end: number }> {
  return clauses.length === 0 ? [] : matchRanges(wordsOf(tokenize(text)), clauses)
}
