// What the keyboard steps through in a document's citing articles: each citing sentence, or the
// article itself when it cites the document in its title only (it opens at its top).
import type { CitingArticle } from '../../../common/model/documents'

export interface CitingTarget {
  /** The article's index in the list. */
  row: number
  /** The sentence's index in the article, or -1 for the article itself. */
  sentence: number
  articleId: string
  range: { start: number; end: number } | undefined
}

export function citingTargets(articles: readonly CitingArticle[]): CitingTarget[] {
  return articles.flatMap((citing, row): CitingTarget[] =>
    citing.sentences.length === 0
      ? citing.article.inLibrary
        ? [{ row, sentence: -1, articleId: citing.article.id, range: undefined }]
        : []
      : citing.sentences.map(({ start, end }, sentence) => ({
          row,
          sentence,
          articleId: citing.article.id,
          range: { start, end }
        }))
  )
}
