// Ranks candidates the way Hypothesis' match-quote.ts does: a weighted mean of how well the quote,
// the prefix and the suffix agree, with closeness to the old position as a tie-breaker.

import { prefixSimilarity, suffixSimilarity } from './context-similarity'
import type { StoredContext } from './context-similarity'
import type { Candidate } from './find-candidates'

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 }
const WEIGHT_SUM = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position

export interface ScoredCandidate extends Candidate {
  quote: number
  prefix: number
  suffix: number
  /** UTF-16 units between the candidate and the old position. */
  distance: number
  /** Weighted mean of the similarities above, in [0, 1]. */
  score: number
}

export function scoreCandidate(
  text: string,
  quoteLength: number,
  context: StoredContext,
  hint: number,
  candidate: Candidate
): ScoredCandidate {
  const quote = 1 - candidate.errors / quoteLength
  const prefix = prefixSimilarity(text, candidate.start, context)
  const suffix = suffixSimilarity(text, candidate.end, context)
  const distance = Math.abs(candidate.start - hint)
  const position = 1 - distance / Math.max(1, text.length)
  const score =
    (WEIGHT.quote * quote + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * position) / WEIGHT_SUM
  return { ...candidate, quote, prefix, suffix, distance, score }
}
