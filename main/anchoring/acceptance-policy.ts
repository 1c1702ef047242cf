// When a candidate is convincing enough to attach an annotation to. The thresholds were chosen on
// the evaluation in reanchor-evaluation.test.ts (random edits of the five sample articles; the
// README has its figures). The guiding rule: an orphan is better than a highlight on the wrong passage.

import type { ScoredCandidate } from './score-candidate'

// Shorter quotes are one or two Thai words, and one error in five letters makes another word:
// they are only ever found verbatim.
const MIN_FUZZY_CODE_POINTS = 8
// Two thirds of the letters must survive: three typos in ten letters, or a Thai word (4-8 letters)
// inserted into a quote of 15 or more. A quarter orphaned 1-2% of the word insertions and prevented
// no wrong attachment; Hypothesis' half lets a quote of a few words match nearly any text of its
// length, leaving all the work to the context.
const ERROR_RATIO = 1 / 3
// Bounds the search's cost, O(errors / 32 × text length), for paragraph-long quotes.
const MAX_ERRORS = 256

// Context agrees when both sides average 0.8 (about six errors in each 32 code points), or one
// side has at most one error (an edit right next to the quote destroyed the other). Around an
// unrelated occurrence the context typically scores 0.2-0.5 (the alphabet is small, syllables recur), but
// one side of a set phrase ("คณะกรรมการพรรคประจำจังหวัด") often scores 1, which is why one side
// must be nearly verbatim. Looser (0.7 / 0.85) attached a deleted passage's words elsewhere more
// often (about 12% against 8-10%, last row of the evaluation). Stricter changed nothing measurable, since
// those edits leave one side intact, but would orphan quotes whose sides were both lightly edited.
const BOTH_SIDES = 0.8
const ONE_SIDE = 0.95
// A verbatim repeat this long is the same passage (a duplicated caption or lead paragraph), so it
// needs no context: its surroundings may have been rewritten.
const SELF_EVIDENT_CODE_POINTS = 64
// Weighted score (see score-candidate.ts) an approximate match needs. A fifth of the letters
// changed, with intact context nearby, scores 0.9; a third changed and one side of context lost,
// 0.7. The parallel sentences of award lists ("... 31 แห่ง" / "... 6 แห่ง") score 0.75-0.8: over
// four seeds, 0.75 attached 4 of 2,000 deleted passages to them and 0.8 two, at the cost of four
// more orphans among 2,000 word insertions.
const MIN_APPROXIMATE_SCORE = 0.8

const contextAgrees = (c: ScoredCandidate): boolean =>
  (c.prefix + c.suffix) / 2 >= BOTH_SIDES || Math.max(c.prefix, c.suffix) >= ONE_SIDE

/** Most edit errors the approximate search allows for a quote of this many code points. */
export function errorBudget(quoteCodePoints: number): number {
  return quoteCodePoints < MIN_FUZZY_CODE_POINTS ? 0 : Math.min(MAX_ERRORS, Math.floor(quoteCodePoints * ERROR_RATIO))
}

export function acceptVerbatim(candidate: ScoredCandidate, quoteCodePoints: number): boolean {
  return quoteCodePoints >= SELF_EVIDENT_CODE_POINTS || contextAgrees(candidate)
}

export function acceptApproximate(candidate: ScoredCandidate, quoteCodePoints: number): boolean {
  return (
    candidate.score >= MIN_APPROXIMATE_SCORE &&
    (quoteCodePoints >= SELF_EVIDENT_CODE_POINTS || contextAgrees(candidate))
  )
}
