// The shapes of the shipped data that citation and theme detection read: the known-documents list
// (resources/known-documents.json) and the theme ontology (resources/themes-ontology.json). The
// user's own additions live in the data folder in the same shapes, so the app validates both
// with these schemas. Party codes restart at 01 each Central Committee term (`18-NQ/TW` names a
// 2017 and a 2022 resolution), so a document's `key` is `id@year`, and only the key is unique.
import { z } from 'zod'

/** The ten theme ids of PRODUCT.md; labels and cues are the user's, these ids are not. */
export const THEME_IDS = [
  'apparatus-streamlining',
  'local-government-reorganisation',
  'ho-chi-minh-study',
  'science-tech-digital',
  'cadre-training',
  'party-building',
  'emulation',
  'administrative-reform',
  'decentralisation',
  'public-investment'
] as const
export type ThemeId = (typeof THEME_IDS)[number]

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const knownDocumentSchema = z.object({
  /** `id@year`: unique, since party numbers restart each term (`18-NQ/TW@2017`, `18-NQ/TW@2022`). */
  key: z.string().regex(/^.+@\d{4}$/),
  /** The code as the issuer writes it: `18-NQ/TW`, `08-QĐi/TW`, `178/2024/NĐ-CP`, `06/QĐ-TTg`. */
  id: z.string().min(3),
  /** NQ, KL, CT, QĐ, QĐi, HD, KH, TB, BC, CV, PA, ĐA, CTr for party documents; NQ, NĐ, QĐ, TT, Luật for state ones. */
  kind: z.string().min(1),
  /** The issuer's abbreviation as in the code (`TW`, `TU`, `VPTW`, `CP`, `TTg`, `QH15`). */
  issuer: z.string().min(1),
  issuerName: z.string().min(1),
  /** Central Committee term (`XII`, `XIII`), provincial congress term (`2020-2025`), legislature (`QH15`), or null. */
  term: z.string().min(1).nullable(),
  date: isoDate,
  /** False when the date or title was recalled but not checked against the document. */
  certain: z.boolean(),
  title: z.object({ vi: z.string().min(1).optional(), en: z.string().min(1), th: z.string().min(1).optional() }),
  note: z.string().optional()
})
export type KnownDocument = z.infer<typeof knownDocumentSchema>

export const knownDocumentsFileSchema = z.object({
  version: z.literal(1),
  about: z.string(),
  documents: z.array(knownDocumentSchema)
})

export const themeCueSchema = z.object({
  /** A whole word or phrase: it matches on word boundaries of the kernel's segmentation only. */
  text: z.string().min(1),
  lang: z.enum(['th', 'vi']),
  /** 1 names the theme by itself; about 0.6 is strong in context; 0.3 or less counts only beside others. */
  weight: z.number().gt(0).max(1)
})
export type ThemeCue = z.infer<typeof themeCueSchema>

export const themeSchema = z.object({
  id: z.string().min(1),
  label: z.object({ en: z.string().min(1), th: z.string().min(1), vi: z.string().min(1).optional() }),
  description: z.string().optional(),
  cues: z.array(themeCueSchema).min(1),
  /** Keys of known documents (`id@year`) whose citation supports the theme. */
  relatedDocuments: z.array(z.string()),
  /** Words or phrases around a cue in which the cue does not count for the theme: `โฮจิมินห์` inside
   * `สถาบันการเมืองแห่งชาติโฮจิมินห์` (an academy's name) says nothing about studying Ho Chi Minh. */
  notCues: z.array(z.string().min(1)).default([])
})
export type Theme = z.infer<typeof themeSchema>

export const themeOntologySchema = z.object({
  version: z.number().int().min(1),
  about: z.string().optional(),
  themes: z.array(themeSchema)
})
export type ThemeOntology = z.infer<typeof themeOntologySchema>
