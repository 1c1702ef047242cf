// What citation and theme detection say about one article, as the workers compute it, the index
// keeps it, the API returns it and the CLI prints it. Offsets are UTF-16 offsets into
// `articleText(blocks)` (common/text/article-text.ts), the text annotations anchor in.

export type CitationForm = 'code' | 'thai'

/** One place the article names a document. */
export interface CitationMention {
  /** The string as written: `18 - NQ/TW`, `มติที่ 18`. */
  text: string
  form: CitationForm
  /** The block it is in; -1 for the title, whose offsets are into the title. */
  paragraph: number
  start: number
  end: number
  /** The sentence that cites it, with its offsets. */
  sentence: { text: string; start: number; end: number }
}

/** The known document a citation was resolved to, and why. */
export interface CitationResolution {
  /** Key in the known-documents list: `18-NQ/TW@2017`. */
  key: string
  title: string
  date: string
  term: string | null
  /** `unique` (one known entry has the id), `date` (the date or term cited beside it or the
   * article's date picked one), `context` (the article's subject picked one), `same-article` (a
   * Thai form whose code the article also writes), `known-unique` (a Thai form with one known match). */
  by: 'unique' | 'date' | 'context' | 'same-article' | 'known-unique' | 'user'
}

/** One distinct document an article cites. */
export interface Citation {
  /** Canonical code as the issuer writes it (`18-NQ/TW`), or null for a Thai form not resolved. */
  id: string | null
  /** NQ, KL, CT, QĐ, QĐi, HD, KH, … for party documents; NQ, NĐ, QĐ, TT, Luật for state ones. */
  kind: string
  number: string
  issuer: string | null
  /** `code` when the article writes the code at least once, else `thai`. */
  form: CitationForm
  resolved: CitationResolution | null
  /** 0..1: how sure the resolution is (1 for a code that is the only known entry; lower for a
   * Thai form or a choice made by the article's subject). For an unresolved citation, how sure it
   * is a citation at all. */
  confidence: number
  mentions: CitationMention[]
  /** The user's verdict on the resolution (documents view), which `resolved` already follows. */
  decided?: 'confirmed' | 'corrected' | 'rejected'
}

export interface ThemeCueHit {
  /** The cue as the ontology writes it. */
  cue: string
  weight: number
  start: number
  end: number
}

export interface ThemeEvidence {
  /** Index of the block in the article; -1 for the title. */
  paragraph: number
  cues: ThemeCueHit[]
}

/** What the index says an article is about. */
export interface ArticleAnalysis {
  citations: Citation[]
  themes: ArticleTheme[]
}

/** An article's analysis as the API answers it: `contentHash` names the text its offsets are
 * into (an article whose file changed since is shown as still being analysed). */
export interface IndexedAnalysis extends ArticleAnalysis {
  contentHash: string
}

/** An article with cues of a theme, for the views that list a theme's articles. */
export interface ThemeCarrier {
  id: string
  strength: number
  detected: boolean
}

/** A theme of the ontology as the views label it. */
export interface ThemeLabel {
  id: string
  label: { en: string; th: string; vi?: string }
  description?: string
  relatedDocuments: string[]
}

/** A theme with any cue in the article; `detected` says whether the app shows it as the article's. */
export interface ArticleTheme {
  id: string
  /** 0..1. */
  strength: number
  detected: boolean
  evidence: ThemeEvidence[]
  /** The theme's documents that the article cites (known-document keys). */
  documents: string[]
  /** Which ontology produced it, so a reviewer can audit a suggestion later. */
  ontologyVersion: string
}
