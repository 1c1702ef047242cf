// The passages view's model ("coded segments"): highlighted passages across every article, each
// with its note, grouped by article. Main filters, sorts and pages; the renderer shows one page at
// a time in a virtualised list.
import type { HighlightColor } from './highlight-colors'
import type { LinkKind } from './link-types'

/** Newest article first, oldest first, or articles by title (Thai order); passages in text order within each. */
export const PASSAGE_SORTS = ['date-desc', 'date-asc', 'article'] as const
export type PassageSort = (typeof PASSAGE_SORTS)[number]

/** What a passage must carry; every field given must hold. */
export interface PassageFilter {
  tag?: string
  /** With `tag`: its sub-tags (and theirs) count as the tag. */
  includeSubTags?: boolean
  color?: HighlightColor
  /** A theme confirmed for the article whose evidence paragraphs hold the passage. */
  theme?: string
  /** An end of a link of this kind overlaps the highlight. */
  linkKind?: LinkKind
}

/** One highlighted passage; quote and note are cut short (`clipped`) past a few lines: the reader shows them whole. */
export interface Passage {
  id: string
  articleId: string
  quote: string
  note: string
  color: HighlightColor
  tags: string[]
  created: string
  clipped: boolean
}

/** The header of an article that has passages in a page. */
export interface PassageArticle {
  id: string
  title: string
  titleDerived: boolean
  outlet: string | null
  /** `YYYY-MM-DD`, else the year alone, else null. */
  date: string | null
  /** False when the article has left the library (its folder removed): its annotations are kept. */
  inLibrary: boolean
}

export interface PassagePage {
  /** Passages matching the filter, and how many articles they are in. */
  total: number
  articles: number
  offset: number
  passages: Passage[]
  /** The header of every article in `passages`, by id. */
  headers: Record<string, PassageArticle>
  /** The article of the passage just before `offset` (null at the start): whether the page opens a new group. */
  before: string | null
}
