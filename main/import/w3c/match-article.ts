// Which article of this library a W3C target's `source` means: the one with its id; else the one
// whose file has the name at the end of the `source`; else the only article whose text holds the
// quote. A quote found in several articles, or in none, matches nothing: a guess would misplace
// a researcher's note.
import type { Article, ArticleSummary } from '../../../common/model/article-types'
import { articleText } from '../../../common/text/article-text'
import type { SourceParts } from '../../export/w3c/w3c-terms'

export interface LibraryReader {
  list(): ArticleSummary[]
  article(id: string): Promise<Article | undefined>
}

export type ArticleMatch =
  { found: true; articleId: string; text: string; by: 'id' | 'file' | 'quote' } | { found: false; reason: string }

export class ArticleFinder {
  private readonly summaries: ArticleSummary[]
  /** Each article's text, read at most once per import. */
  private readonly texts = new Map<string, Promise<string | null>>()

  constructor(private readonly library: LibraryReader) {
    this.summaries = library.list()
  }

  /** The article a passage is in; `exact` is its quote (NFC), or null for a whole-article target. */
  async find(source: SourceParts, exact: string | null): Promise<ArticleMatch> {
    const byId = source.articleId && this.summaries.find((summary) => summary.id === source.articleId)
    if (byId) return this.matched(byId.id, 'id')
    const named =
      source.file === null ? [] : this.summaries.filter((summary) => sameFile(summary.file, source.file ?? ''))
    if (named.length === 1 && named[0]) return this.matched(named[0].id, 'file')
    if (exact === null) return { found: false, reason: 'no article in this library has its id or file name' }
    const narrowed = await this.holding(named, exact)
    if (narrowed.length === 1 && narrowed[0]) return this.matched(narrowed[0], 'file')
    const holding = await this.holding(this.summaries, exact)
    if (holding.length === 1 && holding[0]) return this.matched(holding[0], 'quote')
    return {
      found: false,
      reason:
        holding.length === 0
          ? 'no article in this library has its id, its file name or its quote'
          : 'its article is not in this library by id or file name, and its quote occurs in several articles'
    }
  }

  private async matched(articleId: string, by: 'id' | 'file' | 'quote'): Promise<ArticleMatch> {
    const text = await this.textOf(articleId)
    return text === null
      ? { found: false, reason: 'its article could not be read' }
      : { found: true, articleId, text, by }
  }

  /** Ids of the articles whose text holds `exact`; two are enough to know it is not unique. */
  private async holding(summaries: ArticleSummary[], exact: string): Promise<string[]> {
    const ids: string[] = []
    for (const summary of summaries) {
      if ((await this.textOf(summary.id))?.includes(exact)) ids.push(summary.id)
      if (ids.length > 1) break
    }
    return ids
  }

  private textOf(articleId: string): Promise<string | null> {
    let text = this.texts.get(articleId)
    if (!text) {
      text = this.library.article(articleId).then((article) => (article ? articleText(article.blocks) : null))
      this.texts.set(articleId, text)
    }
    return text
  }
}

/** The same path inside the library folder, or the same file name (another library lays folders out its own way). */
function sameFile(libraryFile: string, wanted: string): boolean {
  const name = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  return libraryFile === wanted || (name(wanted) !== '' && name(libraryFile) === name(wanted))
}
