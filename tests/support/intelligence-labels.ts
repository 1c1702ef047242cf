// The hand labels of tests/fixtures/intelligence (see its README): which documents each article
// cites, in which surface forms, which known document each one means, and which themes the
// article is about. Scoring tests load them through here so that their shape is checked once.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

import { THEME_IDS } from '../../common/model/intelligence-data'

export const LABELS_DIR = join(import.meta.dirname, '../fixtures/intelligence')

const themeId = z.enum(THEME_IDS)

export const labelledDocumentSchema = z.object({
  /** Canonical code as the issuer writes it (`18-NQ/TW`, `12-QĐ/TU`), or null for a Thai-form
   * reference that cannot be resolved. */
  id: z.string().nullable(),
  kind: z.string().min(1),
  number: z.string().min(1),
  issuer: z.string().nullable(),
  /** `code` when the article writes the code at least once, else `thai`. */
  form: z.enum(['code', 'thai']),
  /** Each distinct exact string as written: the code itself (`18 - NQ/TW`), or the Thai kind word
   * with its connective and number (`มติที่ 18`) where no code follows it. */
  surfaces: z.object({ code: z.array(z.string().min(1)), thai: z.array(z.string().min(1)) }),
  /** Key of resources/known-documents.json (`18-NQ/TW@2017`), or null when the list lacks it. */
  document: z.string().nullable(),
  /** How a careful reader knows which known document is meant: `unique` (one known entry has this
   * id), `date` (the date or term cited beside it, or the article's date, picks one of several),
   * `context` (the subject named beside it picks one), `known-unique` (Thai form only: one known
   * entry of this kind and number in the period). Null when the known list lacks the document. */
  resolvedBy: z.enum(['unique', 'date', 'context', 'known-unique']).nullable(),
  /** For a document with Thai-form surfaces, how those resolve to `id`: `same-article` (the article
   * also writes the code), `known-unique` or `context` (as above); null when they cannot. */
  thaiResolvedBy: z.enum(['same-article', 'known-unique', 'context']).nullable(),
  note: z.string().optional()
})
export type LabelledDocument = z.infer<typeof labelledDocumentSchema>

export const articleLabelsSchema = z.object({
  file: z.string().min(1),
  written: z.enum(['sample', 'team']),
  /** The article's date as a reader can tell it: `YYYY-MM-DD`, `YYYY` when only the year is given, or null. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}-\d{2})?$/)
    .nullable(),
  outlet: z.string().nullable(),
  documents: z.array(labelledDocumentSchema),
  themes: z.array(z.object({ id: themeId, role: z.enum(['main', 'secondary']), reason: z.string().min(1) })),
  /** Themes whose cue words appear but which the article is not about. */
  notThemes: z.array(z.object({ id: themeId, reason: z.string().min(1) })),
  /** Exact strings with numbers that are not document citations (dates, counts, clauses, phones). */
  notCitations: z.array(z.string().min(1)),
  note: z.string().optional()
})
export type ArticleLabels = z.infer<typeof articleLabelsSchema>

/** Every `*.labels.json` of the folder, parsed, with the text of the article it labels. */
export function loadLabelledArticles(): { labels: ArticleLabels; text: string }[] {
  return readdirSync(LABELS_DIR)
    .filter((name) => name.endsWith('.labels.json'))
    .sort()
    .map((name) => {
      const labels = articleLabelsSchema.parse(JSON.parse(readFileSync(join(LABELS_DIR, name), 'utf8')))
      return { labels, text: readFileSync(join(LABELS_DIR, labels.file), 'utf8') }
    })
}
