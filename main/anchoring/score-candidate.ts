// Ranks candidates as Hypothesis' match-quote.ts does, by a weighted mean of how well the quote,
// the prefix and the suffix agree and how close the candidate is to the old position.

import { prefixSimilarity, suffixSimilarity } from './context-similarity'
import type { StoredContext } from './context-similarity'
import type { Candidate } from './find-candidates'

// Hypothesis weighs position 2 against 50/20/20, and measures it relative to the document's length,
// so it only breaks exact ties. Here it counts for more and decays with absolute distance: edits
// shift a passage by the size of the edits, whatever the article's length, and the evaluation showed
// near-duplicate sentences far away beating the edited original at its old place with weight 2.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 10 }
const WEIGHT_SUM = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position
/** UTF-16 units at which closeness is worth half: about a long paragraph of Thai. */
const HALF_CLOSENESS_AT = 1000

export interface ScoredCandidate extends Candidate {
  quote: number
  prefix: number
  suffix: number
  /** UTF-16 units between the candidate and the old position. */
  distance: number
  /** Weighted mean of the similarities above and of closeness, in [0, 1]. */
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
  const closeness = 1 / (1 + distance / HALF_CLOSENESS_AT)
  const score =
    (WEIGHT.quote * quote + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * closeness) / WEIGHT_SUM
  return { ...candidate, quote, prefix, suffix, distance, score }
}
