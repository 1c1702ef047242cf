// The annotation model, after the W3C Web Annotation model: a target (article id + text
// selectors, so an annotation survives edits to its article) and a body (colour, tags, note).
import { z } from 'zod'

import { HIGHLIGHT_COLORS } from './highlight-colors'

export { HIGHLIGHT_COLORS, type HighlightColor } from './highlight-colors'

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string()
})
const positionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0)
})

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

/** An annotation as the reader shows it: where it is in the current text, or that it is an orphan. */
export interface AnnotationView extends Annotation {
  anchor: { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number } | { status: 'orphan' }
}
