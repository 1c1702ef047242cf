// The same story in other articles: another outlet's copy, or a republication cut down under a new
// lead, found by the text they share (main/duplicates). The user may dismiss a wrong pair; the
// dismissal is stored with the annotations and undone with them.
import { z } from 'zod'

/** One other copy of an article, as the About tab's "Also published as" lists it. */
export interface ArticleCopy {
  id: string
  title: string
  outlet: string | null
  date: string | null
  /** The year alone when the file gives no full date. */
  year: number | null
  /** Share (0..1) of the open article's text that this copy contains. */
  shareOfThis: number
  /** Share (0..1) of this copy's text that the open article contains. */
  shareOfCopy: number
  /** Shared over the union of both texts (0..1). */
  jaccard: number
}

export interface ArticleCopies {
  /** `pending` until the index has been compared once after launch; the list is then empty. */
  state: 'ready' | 'pending'
  /** Best first: the copy holding most of this article. */
  copies: ArticleCopy[]
}

/** Every group of two or more articles that are copies of one story (article ids, sorted). */
export interface CopyGroups {
  groups: string[][]
}

/** One id per pair, whichever article it is asked from: the two ids in order, with a space between. */
export const nearDuplicatePairId = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`)

export const nearDuplicateDismissalSchema = z
  .object({
    /** `nearDuplicatePairId` of the two articles (article ids hold no space). */
    id: z.string().min(3),
    /** The two articles, in order. */
    articleIds: z.tuple([z.string().min(1), z.string().min(1)]),
    /** Who dismissed it, and when (an ISO time). */
    by: z.string(),
    at: z.string()
  })
  .refine(({ id, articleIds: [a, b] }) => a < b && id === `${a} ${b}`, {
    message: 'A near-duplicate dismissal’s id is its two article ids, in order, separated by a space.'
  })
export type NearDuplicateDismissal = z.infer<typeof nearDuplicateDismissalSchema>
