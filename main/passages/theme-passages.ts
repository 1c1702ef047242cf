// The passages that carry a theme: highlights lying (even in part) in an evidence paragraph of a
// theme the user confirmed for the article. Detected but unconfirmed themes are left out: at
// 10,000 articles a common theme is detected in thousands, each needing its text and analysis.
import { blockStarts } from '../../common/text/article-text'
import type { AnnotationView } from '../../common/model/annotation-types'
import type { Article } from '../../common/model/article-types'
import type { IndexedAnalysis } from '../../common/model/intelligence-types'

export interface ThemePassageSources {
  /** The articles the user confirmed the theme for. */
  confirmedArticles(themeId: string): string[]
  analysis(articleId: string): Promise<IndexedAnalysis | null>
  article(articleId: string): Promise<Article | undefined>
  /** The article's annotations anchored in its current text. */
  anchored(articleId: string): Promise<AnnotationView[]>
}

export async function themePassageIds(themeId: string, sources: ThemePassageSources): Promise<Set<string>> {
  const ids = new Set<string>()
  for (const articleId of sources.confirmedArticles(themeId)) {
    const [analysis, article] = await Promise.all([sources.analysis(articleId), sources.article(articleId)])
    // An analysis of an older text would point at the wrong paragraphs: wait for the index.
    if (!analysis || !article || analysis.contentHash !== article.summary.contentHash) continue
    const starts = blockStarts(article.blocks)
    const paragraphs = (analysis.themes.find((theme) => theme.id === themeId)?.evidence ?? [])
      .filter((evidence) => evidence.paragraph >= 0)
      .map(({ paragraph }) => {
        const start = starts[paragraph] ?? 0
        return { start, end: start + (article.blocks[paragraph]?.text.length ?? 0) }
      })
    if (paragraphs.length === 0) continue
    for (const view of await sources.anchored(articleId)) {
      const { anchor } = view
      if (anchor.status === 'orphan') continue
      if (paragraphs.some((paragraph) => anchor.start < paragraph.end && anchor.end > paragraph.start)) ids.add(view.id)
    }
  }
  return ids
}
