// How strongly an article is about a theme, from its cue evidence. The labelled set's rule for a
// theme being present is: the title or lead is about it, or one paragraph is chiefly about it, or
// it recurs in two or more paragraphs; a passing mention is not enough. So strength adds up
// paragraphs, not hits: a paragraph gives at most 1 however often it repeats a cue, the title and
// the lead count double, and weak cues give little, and nothing alone.
import type { ArticleBlock } from '../../common/model/article-types'
import type { ThemeEvidence } from '../../common/model/intelligence-types'

/** The strength from which the app shows a theme as the article's: about two paragraphs' worth. */
export const DETECTED_AT = 0.5

/** Cues this light (≤ 0.3 in the ontology) only count beside a stronger cue of the theme. */
const WEAK = 0.3
/** Citing one of the theme's documents is evidence, not proof: half a paragraph. */
const DOCUMENT_EVIDENCE = 0.5
/** Articles longer than this many paragraphs mention more themes in passing: their evidence is
 * scaled down by the square root of the excess. */
const TYPICAL_PARAGRAPHS = 12
/** Evidence at which strength is 1 - e^-1; DETECTED_AT is then reached at about 2.1. */
const SCALE = 3

/** One paragraph's support, 0..1: its distinct cues combined as independent evidence. A paragraph
 * of weak cues only gives half of that, and only beside a stronger cue of the theme elsewhere in
 * the article (`anchored`): `ระดับตำบล` says nothing alone, but recurring in an article on merging
 * communes it adds up. */
export function paragraphSupport(evidence: ThemeEvidence, anchored: boolean): number {
  const weights = new Map<string, number>()
  for (const hit of evidence.cues) weights.set(hit.cue, hit.weight)
  let miss = 1
  for (const weight of weights.values()) miss *= 1 - weight
  if (!isWeakOnly(evidence)) return 1 - miss
  return anchored ? (1 - miss) / 2 : 0
}

const isWeakOnly = (evidence: ThemeEvidence) => evidence.cues.every((hit) => hit.weight <= WEAK)

/** 0..1 from the theme's evidence in an article of these blocks. Captions repeat what the
 * paragraphs say (often twice over) and do not count. */
export function themeStrength(evidence: ThemeEvidence[], blocks: ArticleBlock[], citesDocument: boolean): number {
  const lead = blocks.findIndex((block) => block.kind === 'paragraph')
  const anchored = evidence.some((found) => !isWeakOnly(found))
  let total = citesDocument ? DOCUMENT_EVIDENCE : 0
  for (const found of evidence) {
    if (found.paragraph >= 0 && blocks[found.paragraph]?.kind === 'caption') continue
    const double = found.paragraph === -1 || found.paragraph === lead
    total += paragraphSupport(found, anchored) * (double ? 2 : 1)
  }
  const paragraphs = blocks.filter((block) => block.kind !== 'caption').length
  total /= Math.sqrt(Math.max(1, paragraphs / TYPICAL_PARAGRAPHS))
  return 1 - Math.exp(-total / SCALE)
}
