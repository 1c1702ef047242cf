// The highlights grouped as the user chose (by article, by tag, by theme), shared by the Markdown
// notes and the printable report so both say the same thing in the same order. A group holds
// articles (by date, as the model orders them), each with its highlights in text order (orphans
// last) and the links that start or end at each highlight.
import type { ExportArticle, ExportArticleTheme, ExportHighlight, ExportModel } from '../export-model'
import { attachLinks, linksByArticle, type LinkFromHere } from './highlight-links'
import { tagPaths, tagsInTreeOrder } from './tag-paths'

export interface HighlightGroup {
  /** Unique in the export, safe as an HTML id: `article-3`, `tag-1`, `theme-2`. */
  id: string
  kind: 'article' | 'tag' | 'untagged' | 'theme' | 'no-theme'
  /** The article's title, the tag's path, the theme's Thai label. */
  title: string
  /** The theme's English label; null otherwise. */
  subtitle: string | null
  sections: ArticleSection[]
}

export interface ArticleSection {
  article: ExportArticle
  highlights: HighlightItem[]
  /** The article's verdict on the group's theme (theme grouping); null otherwise. */
  theme: ExportArticleTheme | null
  /** The article as a whole (article and theme grouping): its memo, themes and unattached links. */
  whole: boolean
  /** Links whose passage in this article no highlight covers. */
  unattachedLinks: LinkFromHere[]
}

export interface HighlightItem {
  highlight: ExportHighlight
  /** The highlight's tags as `Parent / Child` paths. */
  tagPaths: string[]
  links: LinkFromHere[]
}

export function groupHighlights(model: ExportModel): HighlightGroup[] {
  const paths = tagPaths(model.tags)
  const links = linksByArticle(model)
  const itemsOf = new Map(
    model.articles.map((article) => {
      const { byHighlight, unattached } = attachLinks(links.get(article.id) ?? [], article)
      const items = article.highlights.map((highlight) => ({
        highlight,
        tagPaths: highlight.tagIds.map((id) => paths.get(id) ?? id),
        links: byHighlight.get(highlight.id) ?? []
      }))
      return [article.id, { items, unattached }] as const
    })
  )
  const section = (
    article: ExportArticle,
    keep: (item: HighlightItem) => boolean,
    whole: boolean,
    theme = null as ArticleSection['theme']
  ) => {
    const { items, unattached } = itemsOf.get(article.id) ?? { items: [], unattached: [] }
    return { article, highlights: items.filter(keep), theme, whole, unattachedLinks: whole ? unattached : [] }
  }
  const all = () => true
  if (model.grouping === 'article')
    return model.articles.map((article, n) => ({
      id: `article-${n + 1}`,
      kind: 'article' as const,
      title: article.title,
      subtitle: null,
      sections: [section(article, all, true)]
    }))
  if (model.grouping === 'tag') {
    const groups: HighlightGroup[] = tagsInTreeOrder(model.tags).map((tag, n) => ({
      id: `tag-${n + 1}`,
      kind: 'tag',
      title: paths.get(tag.id) ?? tag.name,
      subtitle: null,
      sections: model.articles.map((article) =>
        section(article, (item) => item.highlight.tagIds.includes(tag.id), false)
      )
    }))
    groups.push({
      id: 'untagged',
      kind: 'untagged',
      title: 'No tag',
      subtitle: null,
      sections: model.articles.map((article) => section(article, (item) => item.highlight.tagIds.length === 0, false))
    })
    return withContent(groups)
  }
  const groups: HighlightGroup[] = model.themes.map((theme, n) => ({
    id: `theme-${n + 1}`,
    kind: 'theme',
    title: theme.label.th,
    subtitle: theme.label.en,
    sections: model.articles.flatMap((article) => {
      const verdict = article.themes.find((candidate) => candidate.id === theme.id)
      return verdict ? [section(article, all, true, verdict)] : []
    })
  }))
  groups.push({
    id: 'no-theme',
    kind: 'no-theme',
    title: 'No theme',
    subtitle: null,
    sections: model.articles
      .filter((article) => article.themes.length === 0)
      .map((article) => section(article, all, true))
  })
  return withContent(groups)
}

/** Leaves out articles with nothing to show in a tag's group, and groups left empty. */
function withContent(groups: HighlightGroup[]): HighlightGroup[] {
  return groups
    .map((group) => ({
      ...group,
      sections: group.sections.filter((section) => section.whole || section.highlights.length > 0)
    }))
    .filter((group) => group.sections.length > 0)
}
