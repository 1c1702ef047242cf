// The Markdown notes: front matter, then the highlights grouped as the user chose (by article, by
// tag, by theme; group-highlights.ts). Each highlight is a blockquote of the passage in text order,
// then a short list: its colour's name and tags, the user's note (kept as Markdown, indented so it
// stays in its item) and the links to other passages. Library text is escaped (markdown-text.ts).
import type { ExportArticle, ExportArticleTheme, ExportModel } from '../export-model'
import { frontMatter } from './markdown-front-matter'
import { groupHighlights, type ArticleSection, type HighlightItem } from './group-highlights'
import type { LinkFromHere } from './highlight-links'
import {
  blockquote,
  escapeMarkdownLine,
  indentContinuation,
  markdownLink,
  quoteMarkdown,
  shortQuote
} from './markdown-text'
import { ORPHAN_MARK, themeMark, verdictWord, verdictWords } from './report-words'

export function writeMarkdown(model: ExportModel): string {
  const lines = [frontMatter(model), `# ${escapeMarkdownLine(model.scopeLabel)}`, '']
  const groups = groupHighlights(model)
  if (groups.length === 0) lines.push('_Nothing to export in this scope._', '')
  for (const group of groups) {
    if (group.kind === 'article') {
      const [section] = group.sections
      if (section) lines.push(...sectionLines(model, section, '##'))
      continue
    }
    const subtitle = group.subtitle ? ` (${escapeMarkdownLine(group.subtitle)})` : ''
    lines.push(`## ${escapeMarkdownLine(group.title)}${subtitle}`, '')
    for (const section of group.sections) lines.push(...sectionLines(model, section, '###'))
  }
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  )
}

function sectionLines(model: ExportModel, section: ArticleSection, heading: string): string[] {
  const { article, theme } = section
  const mark = theme ? `${themeMark(theme)} ` : ''
  const lines = [`${heading} ${mark}${escapeMarkdownLine(article.title)}`, '', articleLine(article), '']
  if (theme) lines.push(`Theme: ${verdictWords(theme)}`, '')
  if (section.whole && article.memo) lines.push('**Memo**', '', quoteMarkdown(article.memo.text), '')
  // Under a theme's heading the article's verdict on that theme says enough.
  if (section.whole && !theme && article.themes.length > 0)
    lines.push(`Themes: ${article.themes.map((t) => themeLine(model, t)).join(' · ')}`, '')
  for (const item of section.highlights) lines.push(...highlightLines(item), '')
  if (section.unattachedLinks.length > 0) {
    lines.push('**Links**', '')
    for (const link of section.unattachedLinks)
      lines.push(`- “${escapeMarkdownLine(shortQuote(link.here.quote))}” ${linkWords(link)}`)
    lines.push('')
  }
  return lines
}

/** Outlet · date · source link · file: where the passages come from. */
function articleLine(article: ExportArticle): string {
  return [
    article.outlet && escapeMarkdownLine(article.outlet),
    article.date ?? 'undated',
    article.sourceUrl && markdownLink('Source', article.sourceUrl),
    `\`${article.file.replace(/`/g, '')}\``
  ]
    .filter(Boolean)
    .join(' · ')
}

function highlightLines({ highlight, tagPaths, links }: HighlightItem): string[] {
  const tags = tagPaths.length > 0 ? ` · Tags: ${tagPaths.map(escapeMarkdownLine).join(', ')}` : ''
  const orphan = highlight.anchor === 'orphan' ? ` · ${ORPHAN_MARK}` : ''
  const lines = [blockquote(highlight.quote), '', `- Colour: ${highlight.colorName}${tags}${orphan}`]
  if (highlight.note.trim()) lines.push(`- Note: ${indentContinuation(highlight.note.trim())}`)
  for (const link of links) lines.push(`- ${linkWords(link)}`)
  return lines
}

/** `→ Supports: “quote…” in *Other title*`, the arrow pointing from the passage selected first. */
function linkWords({ link, outgoing, other }: LinkFromHere): string {
  const where = other.title ? `*${escapeMarkdownLine(other.title)}*` : 'an article no longer in the library'
  const note = link.note.trim() ? ` — ${escapeMarkdownLine(link.note)}` : ''
  const quote = escapeMarkdownLine(shortQuote(other.quote))
  return `${outgoing ? '→' : '←'} ${link.kindLabel}: “${quote}” in ${where}${note}`
}

function themeLine(model: ExportModel, theme: ExportArticleTheme): string {
  const label = model.themes.find((candidate) => candidate.id === theme.id)?.label
  const name = label ? `${label.th} (${label.en})` : theme.id
  return `${themeMark(theme)} ${escapeMarkdownLine(name)}: ${verdictWord(theme)}`
}
