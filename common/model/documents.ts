// The documents view's model: every party or state document the library cites, with how many
// articles cite it and when, the sentences that cite it, and the user's verdicts on citations the
// app resolved with doubt. A verdict is stored with the annotations (and undone with them), kept
// forever, and beats detection everywhere a citation is shown.
import { z } from 'zod'
import type { PassageArticle } from './passages'

/** Most cited first, newest document first, or by code (number order within kind and issuer). */
export const DOCUMENT_SORTS = ['most-cited', 'newest', 'code'] as const
export type DocumentSort = (typeof DOCUMENT_SORTS)[number]

/** A resolution below this is shown as doubtful and offered for review (as the About tab marks it). */
export const CERTAIN_CONFIDENCE = 0.9

/** `known`: a known document (by key); `unknown-code`: a code the known list lacks or cannot tell
 * apart; `unresolved`: a Thai reference (`มติที่ 18`) that nothing resolved. */
export type DocumentState = 'known' | 'unknown-code' | 'unresolved'

export interface DocumentEntry {
  /** Known-document key (`18-NQ/TW@2017`), else the code, else `th:KIND NUMBER`. */
  id: string
  code: string | null
  kind: string
  number: string
  issuer: string | null
  issuerName: string | null
  term: string | null
  date: string | null
  title: string | null
  state: DocumentState
  /** Articles citing it (after the user's verdicts). */
  articles: number
  /** Of those, how many the app resolved with doubt and the user has not decided. */
  doubtful: number
  /** Articles citing it per month (`YYYY-MM`), oldest first; articles with no full date are `undated`. */
  months: Array<[month: string, articles: number]>
  undated: number
}

export interface DocumentList {
  /** `pending` until the index has been read once after launch (the lists are empty then). */
  state: 'ready' | 'pending'
  documents: DocumentEntry[]
  /** Thai references nothing resolved, by kind and number. */
  unresolved: DocumentEntry[]
}

/** A known document as the correction picker offers it. */
export interface KnownDocumentChoice {
  key: string
  code: string
  date: string
  title: string
}

export const CITATION_VERDICTS = ['confirmed', 'corrected', 'rejected'] as const
export type CitationVerdict = (typeof CITATION_VERDICTS)[number]

/** What detection said about a citation when the user decided. */
export const citationSuggestionSchema = z.object({
  key: z.string().nullable(),
  confidence: z.number(),
  by: z.string().nullable()
})
export type CitationSuggestion = z.infer<typeof citationSuggestionSchema>

/** One citation in an article, by name: its code, or `th:KIND NUMBER` for a Thai form without one. */
export const citationName = (citation: { id: string | null; kind: string; number: string }): string =>
  citation.id ?? `th:${citation.kind} ${citation.number}`

export const citationDecisionId = (articleId: string, citation: string): string => `${articleId} ${citation}`

export const citationDecisionSchema = z
  .object({
    /** `${articleId} ${citation}` (article ids hold no space). */
    id: z.string().min(3),
    articleId: z.string().min(1),
    citation: z.string().min(1),
    verdict: z.enum(CITATION_VERDICTS),
    /** The known document the citation means now; null for "not this document". */
    document: z.string().nullable(),
    suggestion: citationSuggestionSchema.nullable(),
    by: z.string(),
    at: z.string()
  })
  .refine((d) => d.id === citationDecisionId(d.articleId, d.citation), {
    message: 'A citation decision’s id is its article id and citation name, separated by a space.'
  })
export type CitationDecision = z.infer<typeof citationDecisionSchema>

/** One article's citation of a document: how it was resolved, the user's verdict, its sentences. */
export interface CitingArticle {
  article: PassageArticle
  citation: string
  code: string | null
  confidence: number
  /** How detection resolved it (`unique`, `date`, `context`, …), or null. */
  by: string | null
  /** Resolved with doubt (below CERTAIN_CONFIDENCE) and not decided by the user. */
  doubtful: boolean
  decision: CitationDecision | null
  /** Distinct sentences citing it, in text order (offsets into the article text; the title's left out). */
  sentences: Array<{ text: string; start: number; end: number }>
}

export interface DocumentCitations {
  document: DocumentEntry | null
  /** Newest article first. */
  articles: CitingArticle[]
  known: KnownDocumentChoice[]
}

/** The review list: doubtful resolutions across the library (or those decided, by filter). */
export const REVIEW_FILTERS = ['undecided', 'decided', 'all'] as const
export type ReviewFilter = (typeof REVIEW_FILTERS)[number]

export interface CitationReviewRow extends CitingArticle {
  /** The entry the citation counts for now (its suggestion, or the user's choice); null if none. */
  document: string | null
  suggested: string | null
}

export interface CitationReview {
  rows: CitationReviewRow[]
  total: number
  known: KnownDocumentChoice[]
}
