// What the parser gives for one file. Every derived field says how it was found and how sure the
// parser is, so the UI can show a doubtful field as doubtful.
import type { ArticleBlock, ArticleHeader } from '../../common/model/article-types'
import type { CutKind } from './split-long-line'

export interface DerivedField<T> {
  value: T
  /** 0..1: 0 means "not found", 1 "stated unambiguously by the file". */
  confidence: number
  /** A few words a researcher can read: `outlet+date line 7`, `first words of the first paragraph`. */
  how: string
}

export type RemovalReason =
  | 'title'
  | 'header'
  | 'banner'
  | 'outlet-date'
  | 'source'
  | 'comment-counter'
  | 'site-furniture'
  | 'image-placeholder'
  | 'duplicate-caption'

export interface RemovedLine {
  /** 1-based line number in the normalised file. */
  lineNumber: number
  text: string
  reason: RemovalReason
}

/** A line too long to be one paragraph (split-long-line.ts), and where it was cut. */
export interface SplitLine {
  /** 1-based line number in the normalised file (0: text from a web page's DOM). */
  lineNumber: number
  /** Each cut: the offset in the trimmed line where the next paragraph starts, and how it was chosen. */
  cuts: { at: number; kind: CutKind }[]
}

/** What reading a text or a web page gives, before the file-level facts are added. */
export interface ArticleReading {
  title: DerivedField<string>
  titleDerived: boolean
  outlet: DerivedField<string | null>
  date: DerivedField<string | null>
  /** A year stated without a full date (`Kinhtedothi - 2024 - …`), Gregorian. */
  year: number | null
  sourceUrl: DerivedField<string | null>
  blocks: ArticleBlock[]
  removed: RemovedLine[]
  /** Lines split into several paragraphs, in file order: "show original" marks each cut. */
  splitLines: SplitLine[]
  warnings: string[]
}

export interface ParsedArticle extends ArticleReading {
  encoding: string
  /** The normalised text the blocks come from: what "show original" shows and anchors hash. */
  text: string
}

export const notFound = <T>(value: T, how = 'not found'): DerivedField<T> => ({ value, confidence: 0, how })

/** The header fields as the index keeps them and the CLI prints them: values, confidences, how. */
export function headerOf(article: ArticleReading): ArticleHeader {
  return {
    title: article.title.value,
    titleDerived: article.titleDerived,
    titleConfidence: article.title.confidence,
    titleHow: article.title.how,
    outlet: article.outlet.value,
    outletConfidence: article.outlet.confidence,
    date: article.date.value,
    dateConfidence: article.date.confidence,
    year: article.year,
    sourceUrl: article.sourceUrl.value,
    warnings: article.warnings
  }
}
