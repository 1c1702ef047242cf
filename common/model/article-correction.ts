// The researcher's corrections of what the parser read from an article's header (title, outlet,
// date, source URL). Kept in the annotation store, one entity per article whose id is the
// article's, never in the user's file; the parser's reading stays underneath and comes back when
// a correction is removed. Shared by main (the store, the API) and the renderer (checks as you type).
import { z } from 'zod'
import type { ArticleHeader, ArticleSummary } from './article-types'

export const CORRECTABLE_FIELDS = ['title', 'outlet', 'date', 'sourceUrl'] as const
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number]

/** Titles and outlets longer than this are prose the parser swallowed, not a name. */
export const CORRECTION_TEXT_MAX = 300

export const FIELD_LABELS: Record<CorrectableField, string> = {
  title: 'title',
  outlet: 'outlet',
  date: 'date',
  sourceUrl: 'source address'
}

const correctedValueSchema = z.object({
  value: z.string().min(1),
  /** Who corrected it (AnnotationService.user) and when (ISO time). */
  by: z.string(),
  at: z.string()
})
export type CorrectedValue = z.infer<typeof correctedValueSchema>

export const articleCorrectionSchema = z.object({
  articleId: z.string().min(1),
  fields: z.object({
    title: correctedValueSchema.optional(),
    outlet: correctedValueSchema.optional(),
    date: correctedValueSchema.optional(),
    sourceUrl: correctedValueSchema.optional()
  })
})
export type ArticleCorrection = z.infer<typeof articleCorrectionSchema>

/** On a summary: each field the user corrected, with what the parser had read (null: nothing). */
export type CorrectionMarks = NonNullable<ArticleSummary['corrected']>

/** Below this the parser's reading is a guess (the UI marks it so: renderer/src/library/header-format.ts). */
const UNSURE = 0.6

/**
 * The fields the parser left empty or guessed and the user has not corrected: an article with any
 * "needs a look". A year without a full date is no date.
 */
export function unsureFields(header: ArticleHeader, corrected: CorrectionMarks = {}): CorrectableField[] {
  const unsure: CorrectableField[] = []
  if (!corrected.title && header.titleConfidence < UNSURE) unsure.push('title')
  if (!corrected.outlet && (header.outlet === null || header.outletConfidence < UNSURE)) unsure.push('outlet')
  if (!corrected.date && header.date === null) unsure.push('date')
  return unsure
}

export type CheckedValue = { ok: true; value: string } | { ok: false; problem: string }

/**
 * A value typed for a field, trimmed, or why it cannot be kept: a date is an ISO `yyyy-mm-dd` that
 * exists, an address is http(s), a title or an outlet is 1–300 characters on one line.
 */
export function checkCorrection(field: CorrectableField, raw: string): CheckedValue {
  const value = raw.trim()
  if (value === '')
    return { ok: false, problem: `Type the ${FIELD_LABELS[field]}, or clear it to go back to what the file says.` }
  if (field === 'date') return realDate(value)
  if (field === 'sourceUrl') return webAddress(value)
  if (/[\n\r\0]/.test(value)) return { ok: false, problem: `The ${FIELD_LABELS[field]} is one line.` }
  if (value.length > CORRECTION_TEXT_MAX)
    return { ok: false, problem: `The ${FIELD_LABELS[field]} is at most ${CORRECTION_TEXT_MAX} characters.` }
  return { ok: true, value }
}

function realDate(value: string): CheckedValue {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0]
  const days = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0
  if (!match || year < 1900 || year > 2100 || day < 1 || day > days)
    return { ok: false, problem: 'A date is year-month-day and must exist, such as 2024-03-18.' }
  return { ok: true, value }
}

function webAddress(value: string): CheckedValue {
  const url = URL.canParse(value) ? new URL(value) : null
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '')
    return { ok: false, problem: 'A source address starts with http:// or https://.' }
  if (value.length > 2000) return { ok: false, problem: 'A source address is at most 2,000 characters.' }
  return { ok: true, value }
}
