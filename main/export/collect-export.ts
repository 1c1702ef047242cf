// Builds the export model (export-model.ts) for a scope from what the app already knows: each
// article's text and anchored highlights, the codebook, links, memos, theme verdicts and the
// index's analysis. Every format is written from this one model.
import { codePointOffsets } from '../anchoring'
import { articleText, blockStarts } from '../../common/text/article-text'
import type { LinkView } from '../../common/model/link-types'
import type { Article, ArticleSummary } from '../../common/model/article-types'
import type { ThemeDecision } from '../../common/model/theme-decision'
import type { ExportGrouping, ExportScope } from '../../common/model/export'
import type { ExportArticle, ExportHighlight, ExportModel } from './export-model'
import { articleExtras } from './article-extras'
import { toHighlights, toLink } from './exported-passages'
import { resolveScope } from './resolve-scope'
import type { ExportSources } from './export-sources'

export interface CollectOptions {
  scope: ExportScope
  grouping: ExportGrouping
  /** Called as articles are collected, for a progress bar. */
  progress?: (done: number, total: number) => void
  /** `citations`: each article's header, themes and citations only (the library-wide tables). */
  parts?: 'all' | 'citations'
  now?: () => Date
}

/** Articles collected at once: as many as the library's parse workers (two), so that reading
 * them never starts the extra worker the reader may have (it would stop after each batch and
 * start again for the next, a fifth of a second each time). */
const CONCURRENT_ARTICLES = 2

export async function collectExport(sources: ExportSources, options: CollectOptions): Promise<ExportModel> {
  const tags = [...sources.tags()].sort((a, b) => a.name.localeCompare(b.name))
  const themes = sources.themes().map(({ id, label }) => ({ id, label }))
  const decisions = sources.themeDecisions()
  const { summaries, keepHighlight, keepEmpty, label } = await resolveScope(sources, options.scope, {
    tags,
    themes,
    decisions
  })
  const tagNames = new Map(tags.map((tag) => [tag.id, tag.name]))
  const memos = new Map(sources.memos().map((memo) => [memo.articleId, memo]))
  const decisionsOf = new Map<string, ThemeDecision[]>()
  for (const decision of decisions)
    decisionsOf.set(decision.articleId, [...(decisionsOf.get(decision.articleId) ?? []), decision])
  const linkViews = new Map<string, LinkView>()
  const highlightsWanted = options.parts !== 'citations'
  let done = 0
  const collectOne = async (summary: ArticleSummary): Promise<ExportArticle | null> => {
    const article = await sources.article(summary.id)
    if (!article) return null
    const views = highlightsWanted ? await sources.annotations(summary.id) : []
    const highlights = toHighlights(views.filter(keepHighlight), articleText(article.blocks), tagNames)
    if (highlights.length === 0 && !keepEmpty) return null
    const extras = await articleExtras(sources, article, {
      decisions: decisionsOf.get(summary.id) ?? [],
      memo: memos.get(summary.id) ?? null
    })
    if (highlightsWanted) for (const view of await sources.linkViews(summary.id)) linkViews.set(view.id, view)
    return { ...header(article, highlights), ...extras }
  }
  const articles: ExportArticle[] = []
  // Two articles at once: each waits on workers (its parse, its analysis), which run meanwhile.
  for (let at = 0; at < summaries.length; at += CONCURRENT_ARTICLES) {
    const batch = await Promise.all(summaries.slice(at, at + CONCURRENT_ARTICLES).map(collectOne))
    for (const article of batch) if (article) articles.push(article)
    done += batch.length
    options.progress?.(done, summaries.length)
  }
  articles.sort(byDateThenTitle)
  const stored = new Map(sources.links().map((link) => [link.id, link]))
  const texts = new Map(articles.map((article) => [article.id, article.text]))
  const links = [...linkViews.values()].map((view) => toLink(view, stored.get(view.id), texts))
  const highlights = articles.reduce((sum, article) => sum + article.highlights.length, 0)
  return {
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    user: sources.userName,
    scope: options.scope,
    scopeLabel: label,
    grouping: options.grouping,
    articles,
    tags,
    themes,
    links,
    counts: {
      articles: articles.length,
      highlights,
      orphans: articles.reduce((sum, a) => sum + a.highlights.filter((h) => h.anchor === 'orphan').length, 0),
      links: links.length,
      memos: articles.filter((article) => article.memo).length,
      themes: articles.reduce((sum, article) => sum + article.themes.length, 0)
    }
  }
}

function header(article: Article, highlights: ExportHighlight[]) {
  const { summary } = article
  const text = articleText(article.blocks)
  const points = codePointOffsets(text)
  const starts = blockStarts(article.blocks)
  return {
    id: summary.id,
    title: summary.title,
    outlet: summary.outlet,
    date: summary.date,
    sourceUrl: summary.sourceUrl,
    folder: summary.folder,
    file: summary.file,
    contentHash: summary.contentHash,
    text,
    length: points.toCodePoint(text.length),
    blocks: article.blocks.map((block, i) => ({
      kind: block.kind,
      start: points.toCodePoint(starts[i] ?? 0),
      end: points.toCodePoint((starts[i] ?? 0) + block.text.length)
    })),
    highlights
  }
}

function byDateThenTitle(a: ExportArticle, b: ExportArticle): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date.localeCompare(b.date)
  return a.title.localeCompare(b.title, 'th')
}
