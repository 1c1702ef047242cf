// Where a quote might be now: every verbatim occurrence, and the best approximate matches found
// piecewise. Myers' search (approx-string-match) reports only the lowest-error matches of the
// whole string it is given, so one far-away near-copy would hide the edited original; searching
// overlapping chunks keeps the best match of every neighbourhood instead.

import search from 'approx-string-match'

export interface Candidate {
  start: number
  end: number
  /** Edit distance between the candidate and the quote, 0 for a verbatim occurrence. */
  errors: number
}

// A bound for pathological inputs (a one-letter quote in a huge text); real quotes stay far below.
const MAX_OCCURRENCES = 10_000

export function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = []
  for (let at = text.indexOf(quote); at !== -1 && found.length < MAX_OCCURRENCES; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 })
  }
  return found
}

/**
 * Approximate matches of `quote` within text[from, to) with at most `maxErrors` errors: the best
 * ones of each chunk. Chunks overlap by the longest possible match so none is cut in two.
 * `masked` ranges (verbatim occurrences, already judged) are hidden from the search, or the
 * nearest one would be the only match reported in its chunk and hide an edited original nearby.
 */
export function approximateMatches(
  text: string,
  quote: string,
  maxErrors: number,
  range: { from: number; to: number },
  masked: readonly Candidate[]
): Candidate[] {
  if (maxErrors <= 0 || quote.length === 0) return []
  const searched = maskRanges(text, masked)
  const overlap = quote.length + maxErrors
  const stride = Math.max(2 * quote.length, 256)
  const seen = new Set<string>()
  const found: Candidate[] = []
  for (let chunk = range.from; chunk < range.to; chunk += stride) {
    const end = Math.min(range.to, chunk + stride + overlap)
    for (const match of search(searched.slice(chunk, end), quote, maxErrors)) {
      const key = `${chunk + match.start}:${chunk + match.end}`
      if (seen.has(key)) continue
      seen.add(key)
      found.push({ start: chunk + match.start, end: chunk + match.end, errors: match.errors })
    }
    if (end === range.to) break
  }
  return found
}

// A noncharacter matches no letter of any quote, and keeps every offset where it was.
const MASK = '\uffff'

function maskRanges(text: string, ranges: readonly Candidate[]): string {
  if (ranges.length === 0) return text
  const parts: string[] = []
  let at = 0
  for (const { start, end } of ranges) {
    if (end <= at) continue
    const from = Math.max(start, at)
    parts.push(text.slice(at, from), MASK.repeat(end - from))
    at = end
  }
  parts.push(text.slice(at))
  return parts.join('')
}
