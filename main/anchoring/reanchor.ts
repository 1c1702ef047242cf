// Finds an annotation's passage again after its article changed: verbatim at the old position,
// then verbatim elsewhere, then approximately; an orphan when the evidence is not convincing,
// because a highlight on the wrong passage misleads a researcher more than a missing one.

import { acceptApproximate, acceptVerbatim, errorBudget } from './acceptance-policy'
import { codePointOffsets } from './code-point-offsets'
import { storedContext } from './context-similarity'
import { approximateMatches, exactOccurrences } from './find-candidates'
import type { Candidate } from './find-candidates'
import { graphemeEndAtOrAfter, graphemeStartAtOrBefore, isGraphemeBoundary } from './grapheme-boundaries'
import { refineEnd, refineStart } from './refine-boundaries'
import { scoreCandidate } from './score-candidate'
import type { ScoredCandidate } from './score-candidate'
import type { Anchor, TextSelectors } from './selector-types'

const ORPHAN: Anchor = { status: 'orphan' }

// Verbatim occurrences whose context agreement is within this of the best one's count as equally
// good, and the nearest to the old position wins (about three code points of 32 on each side).
const CONTEXT_TIE = 0.1

// Context similarity (at most one error in 32 code points) that counts as unchanged surroundings.
const INTACT = 0.95

// The approximate search looks here first, so a similar sentence far away cannot win over the
// edited original near its old place; the whole text is searched only when this finds nothing.
const FUZZY_WINDOW = 2048

/**
 * Where the passage `selectors` describe is in `text` now (UTF-16 offsets). Both texts must be
 * NFC, as the article parser leaves them.
 */
export function reanchor(text: string, selectors: TextSelectors): Anchor {
  const { exact, prefix, suffix } = selectors.quote
  if (exact.length === 0 || text.length === 0) return ORPHAN
  const hint = codePointOffsets(text).toUtf16(selectors.position.start)
  // Fast path for an unchanged neighbourhood: quote and context all where they were.
  if (text.startsWith(exact, hint) && text.endsWith(prefix, hint) && text.startsWith(suffix, hint + exact.length)) {
    return { status: 'exact', start: hint, end: hint + exact.length }
  }
  const quoteLength = Array.from(exact).length
  const context = storedContext(prefix, suffix)
  const score = (candidate: Candidate): ScoredCandidate => scoreCandidate(text, exact.length, context, hint, candidate)
  // Ends of the stored selection that lay on cluster boundaries must stay on them.
  const keepsStart = isGraphemeBoundary(prefix + exact, prefix.length)
  const keepsEnd = isGraphemeBoundary(exact + suffix, exact.length)
  const isAligned = (c: Candidate): boolean =>
    (!keepsStart || isGraphemeBoundary(text, c.start)) && (!keepsEnd || isGraphemeBoundary(text, c.end))
  const widen = (c: ScoredCandidate): ScoredCandidate => ({
    ...c,
    start: keepsStart ? graphemeStartAtOrBefore(text, c.start) : c.start,
    end: keepsEnd ? graphemeEndAtOrAfter(text, c.end) : c.end
  })

  // 1. Verbatim at the old position, with context that agrees.
  const occurrences = exactOccurrences(text, exact)
  const accepted = occurrences.map(score).filter((c) => acceptVerbatim(c, quoteLength))
  const verbatim = accepted.filter(isAligned)
  const asVerbatim = (c: ScoredCandidate): Anchor => ({
    status: c.start === hint ? 'exact' : 'moved',
    start: c.start,
    end: c.end
  })
  const atHint = verbatim.find((c) => c.start === hint)
  if (atHint) return asVerbatim(atHint)

  const maxErrors = errorBudget(quoteLength)
  const approximate = (from: number, to: number): ScoredCandidate | undefined =>
    best(
      approximateMatches(
        text,
        exact,
        maxErrors,
        { from: Math.max(0, from), to: Math.min(text.length, to) },
        occurrences
      )
        .map(score)
        .filter((c) => acceptApproximate(c, quoteLength))
    )
  // Edges move at most by the quote's length: far enough to span a word inserted inside it.
  const reach = Math.min(exact.length, 256)
  const refine = (c: ScoredCandidate): ScoredCandidate => {
    const start = refineStart(text, c.start, prefix, reach)
    const end = refineEnd(text, c.end, suffix, reach)
    return start < end && (start !== c.start || end !== c.end) ? score({ start, end, errors: c.errors }) : c
  }
  const asFuzzy = (c: ScoredCandidate): Anchor => {
    const { start, end } = widen(c)
    return { status: 'fuzzy', start, end, score: c.score }
  }
  // 2. Still in its old place between its old neighbours, only edited inside: that is the passage,
  // even if a duplicated paragraph elsewhere kept the old wording.
  const nearHint = approximate(hint - reach, hint + exact.length + reach)
  const inPlace = nearHint && refine(nearHint)
  if (inPlace && inPlace.distance <= maxErrors && Math.min(inPlace.prefix, inPlace.suffix) >= INTACT)
    return asFuzzy(inPlace)

  // 3. Verbatim elsewhere. With its whole context it is the passage; with part of it, it may be a
  // repeated phrase while the edited original sits near the old position: the two compete on score.
  const chosen = nearestOfTheBest(verbatim)
  if (chosen && chosen.prefix === 1 && chosen.suffix === 1) return asVerbatim(chosen)
  // 4. Approximately, near the old position first. A verbatim occurrence that now ends inside a
  // cluster (a tone mark was added after it) counts as a near match.
  const split = best(accepted.filter((c) => !isAligned(c)).map(widen))
  const fuzzy =
    best([split, approximate(hint - FUZZY_WINDOW, hint + exact.length + FUZZY_WINDOW)]) ?? approximate(0, text.length)
  if (chosen && (!fuzzy || fuzzy.score <= chosen.score)) return asVerbatim(chosen)
  return fuzzy ? asFuzzy(refine(fuzzy)) : ORPHAN
}

/**
 * The nearest occurrence among those whose context agrees about as well as the best one's. One
 * with its whole context intact is not tied with a near miss: in `แผนงาน แผนงานงาน` the quote `งาน`
 * shifted onto the syllable before it keeps all but three code points of its context on each side.
 */
function nearestOfTheBest(candidates: ScoredCandidate[]): ScoredCandidate | undefined {
  const intact = candidates.filter((c) => c.prefix === 1 && c.suffix === 1)
  const pool = intact.length > 0 ? intact : candidates
  const agreement = (c: ScoredCandidate): number => (c.prefix + c.suffix) / 2
  const top = Math.max(...pool.map(agreement))
  return pool.filter((c) => agreement(c) >= top - CONTEXT_TIE).sort((a, b) => a.distance - b.distance)[0]
}

function best(candidates: (ScoredCandidate | undefined)[]): ScoredCandidate | undefined {
  let top: ScoredCandidate | undefined
  for (const c of candidates) if (c && (!top || c.score > top.score)) top = c
  return top
}
