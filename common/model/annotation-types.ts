// The annotation model, after the W3C Web Annotation model: a target (article id + text
// selectors, so an annotation survives edits to its article) and a body (colour, tags, note).
import { z } from 'zod'

import { HIGHLIGHT_COLORS } from './highlight-colors'

export { HIGHLIGHT_COLORS, type HighlightColor } from './highlight-colors'

const quoteSelector = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string(), suffix: z.string() })
const positionSelector = z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })

export const annotationSchema = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  target: z.object({
    quote: quoteSelector,
    position: positionSelector,
    /** Hash of the article text the selectors were taken from; a different text needs re-anchoring. */
    textHash: z.string()
  }),
  color: z.enum(HIGHLIGHT_COLORS),
  tags: z.array(z.string()),
  note: z.string(),
  created: z.string(),
  modified: z.string()
})
export type Annotation = z.infer<typeof annotationSchema>

export const tagSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  color: z.string(),
  description: z.string(),
  parentId: z.string().nullable(),
  created: z.string()
})
export type Tag = z.infer<typeof tagSchema>

/** Version 3: a folder of shards (annotations by article) and a manifest (codebook, counts). */
export const STORE_VERSION = 3
/** Versions 1 and 2 were one file; they are migrated up to 2, then split into shards. */
export const LEGACY_VERSION = 2

/** The whole store as one value: the version 2 file, and what a migration produces. */
export const storeSchema = z.object({
  version: z.literal(LEGACY_VERSION),
  annotations: z.array(annotationSchema),
  tags: z.array(tagSchema)
})
export type StoreData = z.infer<typeof storeSchema>

export const emptyStore = (): StoreData => ({ version: LEGACY_VERSION, annotations: [], tags: [] })

export const manifestSchema = z.object({
  version: z.literal(STORE_VERSION),
  tags: z.array(tagSchema),
  /** Annotations per article and per tag: a cache, corrected whenever a shard is read. */
  counts: z.record(z.string(), z.record(z.string(), z.number())),
  tagUsage: z.record(z.string(), z.record(z.string(), z.number())),
  /** Journal segments numbered below this are held by the shards: replay skips them even if left behind. */
  journalCut: z.number().int().min(0).optional()
})
export type Manifest = z.infer<typeof manifestSchema>

export const shardSchema = z.object({ version: z.literal(STORE_VERSION), annotations: z.array(annotationSchema) })
export type Shard = z.infer<typeof shardSchema>

/** An annotation as the reader shows it: where it is in the current text, or that it is an orphan. */
export interface AnnotationView extends Annotation {
  anchor: { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number } | { status: 'orphan' }
}
