// Myers' search aligns a quote with the fewest errors, and when a long word was inserted inside
// the quote, dropping the quote's first few letters costs fewer errors than spanning the word: the
// match then starts late (or ends early). The stored context says where the passage really starts
// and ends, so an approximate match's edges are moved to where the prefix ends and the suffix begins.

import search from 'approx-string-match'

// Context must agree this well (at most one error in four letters) to move an edge.
const MIN_CONTEXT_SIMILARITY = 0.75

/** Where `prefix` best ends near `start`, within `reach` units either way; `start` if nowhere convincing. */
export function refineStart(text: string, start: number, prefix: string, reach: number): number {
  if (prefix.length === 0) return start
  const from = Math.max(0, start - reach - prefix.length)
  const matches = search(
    text.slice(from, Math.min(text.length, start + reach)),
    prefix,
    Math.floor(prefix.length * (1 - MIN_CONTEXT_SIMILARITY))
  )
  let best = start
  let bestDistance = Infinity
  for (const match of matches) {
    const end = from + match.end
    if (Math.abs(end - start) < bestDistance) [best, bestDistance] = [end, Math.abs(end - start)]
  }
  return best
}

/** Where `suffix` best starts near `end`, within `reach` units either way; `end` if nowhere convincing. */
export function refineEnd(text: string, end: number, suffix: string, reach: number): number {
  if (suffix.length === 0) return end
  const from = Math.max(0, end - reach)
  const matches = search(
    text.slice(from, Math.min(text.length, end + reach + suffix.length)),
    suffix,
    Math.floor(suffix.length * (1 - MIN_CONTEXT_SIMILARITY))
  )
  let best = end
  let bestDistance = Infinity
  for (const match of matches) {
    const start = from + match.start
    if (Math.abs(start - end) < bestDistance) [best, bestDistance] = [start, Math.abs(start - end)]
  }
  return best
}
