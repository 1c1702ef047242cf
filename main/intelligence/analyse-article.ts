// What an article is about, in one pass: the documents it cites, then its themes (a cited document
// of a theme is evidence for it), then, where a code names two documents and nothing beside it
// says which (`18-NQ/TW` in a 2025 article), the themes choose: the 2017 resolution belongs to
// streamlining the apparatus, the 2022 one to none of the themes. Run in the index's per-article
// pass, where the text is already read and cut into words.
import type { ArticleBlock } from '../../common/model/article-types'
import type { WordSegment } from '../../common/text/domain-words'
import type { ArticleAnalysis, Citation } from '../../common/model/intelligence-types'
import { extractCitations } from '../citations/extract-citations'
import type { KnownDocuments } from '../citations/known-documents'
import type { CompiledOntology } from '../themes/compile-ontology'
import { detectThemes } from '../themes/detect-themes'
import { documentWords } from '../search/document-words'

export interface IntelligenceData {
  known: KnownDocuments
  ontology: CompiledOntology
}

export interface ArticleInput {
  title: string
  blocks: ArticleBlock[]
  /** `YYYY-MM-DD` from the header, or null. */
  date: string | null
  year: number | null
}

export type { ArticleAnalysis }

/**
 * `segments` and `titleSegments`: the words the index pass cut (documentWords). Without them the
 * text is cut here the same way, in chunks: ICU is superlinear on one long line, and a 60,000-
 * character paragraph cut whole took 4 s and 2 GB.
 */
export function analyseArticle(
  article: ArticleInput,
  data: IntelligenceData,
  segments?: WordSegment[][],
  titleSegments?: WordSegment[]
): ArticleAnalysis {
  if (!segments) {
    const cut = documentWords(
      article.title,
      article.blocks.map((block) => block.text),
      true
    )
    return analyseArticle(article, data, cut.blockWords, cut.titleWords)
  }
  let citations = extractCitations({ ...article, blockWords: segments }, data.known)
  let themes = detectThemes({ ...article, citedKeys: citedKeys(citations), segments, titleSegments }, data.ontology)
  if (citations.some((citation) => undecided(citation, data.known))) {
    const related = new Map(data.ontology.themes.map((theme) => [theme.id, theme.relatedDocuments]))
    const themeDocuments = new Set(
      themes.filter((theme) => theme.detected).flatMap((theme) => related.get(theme.id) ?? [])
    )
    const again = extractCitations({ ...article, themeDocuments, blockWords: segments }, data.known)
    if (citedKeys(again).length > citedKeys(citations).length) {
      citations = again
      themes = detectThemes({ ...article, citedKeys: citedKeys(citations), segments, titleSegments }, data.ontology)
    }
  }
  return { citations, themes }
}

function citedKeys(citations: readonly Citation[]): string[] {
  return citations.flatMap((citation) => (citation.resolved ? [citation.resolved.key] : []))
}

/** A code that names more than one known document, none of them chosen. */
function undecided(citation: Citation, known: KnownDocuments): boolean {
  return citation.id !== null && citation.resolved === null && (known.byId.get(citation.id)?.length ?? 0) > 1
}
