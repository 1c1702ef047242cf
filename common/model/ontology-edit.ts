// The edits a user makes to the theme ontology from the app, checked where the call arrives
// (contract.ts) and, the same rules, in the editor's fields before it is sent. Cues and labels
// are stored NFC-normalised and trimmed, as the text kernel compares them.
import { z } from 'zod'

/** The weights the editor offers (the ontology's own scale); any number in (0, 1] is valid. */
export const CUE_WEIGHTS = [
  { weight: 1, label: 'Names the theme' },
  { weight: 0.6, label: 'Strong in context' },
  { weight: 0.3, label: 'Only beside others' }
] as const

export const CUE_MAX = 80
export const LABEL_MAX = 120

/** Line breaks, control characters, and the invisible marks a cue could never match across. */
const INVISIBLE = /[\p{Cc}\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u
const LETTER = /\p{L}/u
const THAI = /[\u0e01-\u0e5b]/

export const normalText = (text: string) => text.normalize('NFC').trim()

/** Why `text` cannot be a cue, or null. */
export function cueProblem(text: string): string | null {
  const cue = normalText(text)
  if (cue === '') return 'A cue needs a word or phrase.'
  if (cue.length > CUE_MAX) return `A cue is at most ${CUE_MAX} characters.`
  if (INVISIBLE.test(cue)) return 'A cue is one line of visible text (no line breaks or invisible characters).'
  if (!LETTER.test(cue)) return 'A cue needs at least one letter.'
  return null
}

/** Why `weight` cannot be a cue's weight, or null. */
export function weightProblem(weight: number): string | null {
  return Number.isFinite(weight) && weight > 0 && weight <= 1 ? null : 'A weight is more than 0 and at most 1.'
}

/** Why `text` cannot be a label (`which`: English, Thai, Vietnamese), or null. */
export function labelProblem(text: string, which: string): string | null {
  const label = normalText(text)
  if (label === '') return `The ${which} label is needed.`
  if (label.length > LABEL_MAX) return `A label is at most ${LABEL_MAX} characters.`
  if (/[\p{Cc}\u2028\u2029]/u.test(label)) return 'A label is one line.'
  return null
}

/** The language a cue is written in, when the user does not say: Thai if it has a Thai letter. */
export const cueLanguage = (text: string): 'th' | 'vi' => (THAI.test(text) ? 'th' : 'vi')

const checked = (problem: (text: string) => string | null) =>
  z
    .string()
    .max(1000)
    .superRefine((text, context) => {
      const found = problem(text)
      if (found) context.addIssue({ code: 'custom', message: found })
    })
    .transform(normalText)

const cueInput = z
  .object({
    text: checked(cueProblem),
    weight: z.number().refine((weight) => weightProblem(weight) === null, 'A weight is more than 0 and at most 1.'),
    lang: z.enum(['th', 'vi']).optional()
  })
  .strict()

const labelInput = z
  .object({
    en: checked((text) => labelProblem(text, 'English')),
    th: checked((text) => labelProblem(text, 'Thai')),
    /** Empty or absent: none. */
    vi: z
      .string()
      .max(1000)
      .optional()
      .transform((text) => (text ? normalText(text) : undefined))
      .refine((text) => text === undefined || labelProblem(text, 'Vietnamese') === null, 'A label is one line.')
  })
  .strict()

/** A theme of the ontology, by id (ids are the ontology's, any one line). */
const themeRef = z
  .string()
  .min(1, 'Say which theme.')
  .max(200)
  .refine((id) => !/[\n\r\0]/.test(id), 'A theme id is one line.')

export const ontologyEditSchema = z.discriminatedUnion('action', [
  /** A theme of the user's, with its first cue (a theme has at least one); its id comes from the English label. */
  z.object({ action: z.literal('add-theme'), label: labelInput, cue: cueInput }).strict(),
  z.object({ action: z.literal('set-labels'), theme: themeRef, label: labelInput }).strict(),
  /** A cue the theme has already gets this weight and language. */
  z.object({ action: z.literal('add-cue'), theme: themeRef, cue: cueInput }).strict(),
  z.object({ action: z.literal('remove-cue'), theme: themeRef, text: z.string().min(1).max(1000) }).strict(),
  /** A shipped theme back to its shipped version; a theme of the user's removed. */
  z.object({ action: z.literal('reset-theme'), theme: themeRef }).strict(),
  /** Every theme back to the shipped ontology (the user's file is removed). */
  z.object({ action: z.literal('reset-all') }).strict()
])

export type OntologyEdit = z.output<typeof ontologyEditSchema>
export type OntologyEditInput = z.input<typeof ontologyEditSchema>
