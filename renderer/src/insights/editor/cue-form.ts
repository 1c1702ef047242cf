// What the theme editor's cue form reads: the cue as the API takes it (text, weight from the
// offered ones or typed, language said or detected), or why it cannot be added yet, by the same
// rules main checks (common/model/ontology-edit.ts). And how a weight is shown.
import type { TFunction } from 'i18next'
import { cueLanguage, cueProblem, normalText, weightProblem } from '../../../../common/model/ontology-edit'

export const OTHER_WEIGHT = 'other'

export interface CueFields {
  text: string
  /** One of CUE_WEIGHTS' weights as a string, or OTHER_WEIGHT. */
  weight: string
  /** The weight typed when `weight` is OTHER_WEIGHT. */
  other: string
  lang: 'auto' | 'th' | 'vi'
}

export type ReadCue =
  { ok: true; cue: { text: string; weight: number; lang: 'th' | 'vi' } } | { ok: false; error: string }

export function readCue(fields: CueFields): ReadCue {
  const problem = cueProblem(fields.text)
  if (problem) return { ok: false, error: problem }
  const typed = fields.weight === OTHER_WEIGHT ? fields.other.trim().replace(',', '.') : fields.weight
  const weight = typed === '' ? Number.NaN : Number(typed)
  const wrong = weightProblem(weight)
  if (wrong) return { ok: false, error: wrong }
  const text = normalText(fields.text)
  return { ok: true, cue: { text, weight, lang: fields.lang === 'auto' ? cueLanguage(text) : fields.lang } }
}

/** `1.0`, `0.6`, `0.25`: one decimal at least, as the ontology file writes them. */
export function formatWeight(weight: number): string {
  return Number.isInteger(weight * 10) ? weight.toFixed(1) : String(Math.round(weight * 100) / 100)
}

/** What a weight means for detection, in the ontology's own words (CUE_WEIGHTS' three, by range). */
export function weightMeaning(weight: number, t: TFunction<'insights'>): string {
  if (weight >= 0.9) return t('weight.names')
  return weight >= 0.5 ? t('weight.strong') : t('weight.beside')
}
