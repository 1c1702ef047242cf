// The related-passages panel's model: passages in other articles that cite the same documents (their
// citing sentences) or carry the same themes (their evidence paragraphs) as the open article, or as
// the passage selected in it. Main ranks them (main/related); the renderer lists them.

/** A text range: UTF-16 offsets into the article's text (`articleText(blocks)`). */
export interface TextRange {
  start: number
  end: number
}

/** Why a passage is listed: a document both cite, or a theme both carry. */
export type RelatedReason =
  | {
      kind: 'document'
      /** The code as written (`18-NQ/TW`). */
      code: string
      /** The known document it resolved to (`18-NQ/TW@2017`), or null for a code alone. */
      key: string | null
    }
  | {
      kind: 'theme'
      theme: string
      /** The user confirmed it for the open article or for this one. */
      confirmed: boolean
    }

/** One passage of another article. */
export interface RelatedPassage {
  articleId: string
  title: string
  outlet: string | null
  /** `YYYY-MM-DD`, else the year alone, else null. */
  date: string | null
  /** How much it shares: a document counts more than a theme, a confirmed theme more than a detected one. */
  score: number
  reasons: RelatedReason[]
  /** The citing sentence or the evidence paragraph; null when the article only has a theme the
   * user confirmed, with no evidence in its text (it opens at its top). */
  range: TextRange | null
  /** A short piece of the passage; `clipped` says whether text was left out before or after it. */
  snippet: string
  clipped: { before: boolean; after: boolean }
}

/** What the open article (or the range) counts with: the documents it cites and the themes it carries. */
export interface RelatedBasis {
  documents: Array<{ code: string; key: string | null }>
  themes: Array<{ theme: string; confirmed: boolean }>
}

export interface RelatedAnswer {
  /** `pending`: the index has not read this article's current text yet (it is still building). */
  state: 'ready' | 'pending'
  basis: RelatedBasis
  /** Best first. */
  passages: RelatedPassage[]
  /** How many articles share anything with it (the list holds the first `limit`). */
  total: number
  /** How long main took to answer (ms). */
  tookMs: number
}
