// Typed links between two passages (issue 13): an annotation with two targets, each an article id
// and the same W3C selectors a highlight keeps, so both ends are re-anchored when their article
// changes and an end that cannot be found is kept and shown as orphaned, never dropped.
import { z } from 'zod'
import { annotationSchema } from './annotation-types'

/** In the order the link form offers them (keys 1–6). */
export const LINK_KINDS = ['same-event', 'supports', 'contradicts', 'cites', 'translates', 'other'] as const
export type LinkKind = (typeof LINK_KINDS)[number]

export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  'same-event': 'Same event',
  supports: 'Supports',
  contradicts: 'Contradicts',
  cites: 'Cites',
  translates: 'Translates',
  other: 'Other'
}

const linkEndSchema = z.object({
  articleId: z.string().min(1),
  /** Quote, position and the hash of the text they were taken from, as a highlight's target. */
  target: annotationSchema.shape.target
})
export type LinkEnd = z.infer<typeof linkEndSchema>

export const linkSchema = z.object({
  /** `l` and 16 hex digits: never an annotation id (those start with `n`). */
  id: z.string().regex(/^l[0-9a-f]{16}$/),
  kind: z.enum(LINK_KINDS),
  note: z.string(),
  /** From the passage selected first, to the one selected second. */
  ends: z.tuple([linkEndSchema, linkEndSchema]),
  created: z.string(),
  modified: z.string()
})
export type Link = z.infer<typeof linkSchema>

/** Where one end sits in its article's current text (UTF-16 offsets), or that it is orphaned. */
export type LinkAnchor = { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number } | { status: 'orphan' }

/** One end as a reader shows it: its quote, its anchor, and its article's header. */
export interface LinkEndView {
  articleId: string
  quote: string
  anchor: LinkAnchor
  /** Null when the article has left the library (the link is kept). */
  title: string | null
  outlet: string | null
  date: string | null
}

/** A link seen from one article: `here` is its end in that article, `there` the other end
 * (for a link within one article, each end is listed once as `here`). */
export interface LinkView {
  id: string
  kind: LinkKind
  note: string
  created: string
  modified: string
  /** Which of the stored ends `here` is (0: the passage linked from): tells a same-article link's two views apart. */
  side: 0 | 1
  here: LinkEndView
  there: LinkEndView
}
