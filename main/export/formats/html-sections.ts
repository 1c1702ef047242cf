// One article's part of the printable report: its heading, outlet, date and source, the memo, its
// themes with their verdicts, and each highlight: the quote beside a swatch and the colour's NAME
// (a colour is never given by its swatch alone), tags, the note as text with its line breaks, and
// the links to other passages. Every text goes through escapeHtml.
import type { ExportArticleTheme, ExportModel } from '../export-model'
import type { ArticleSection, HighlightItem } from './group-highlights'
import type { LinkFromHere } from './highlight-links'
import { escapeHtml as esc, htmlLink } from './html-escape'
import { shortQuote } from './markdown-text'
import { ORPHAN_MARK, themeMark, verdictWord, verdictWords } from './report-words'

export function sectionHtml(model: ExportModel, section: ArticleSection, heading: 'h2' | 'h3'): string {
  const { article, theme } = section
  const mark = theme ? `<span class="verdict-${esc(theme.verdict ?? 'none')}">${themeMark(theme)}</span> ` : ''
  const meta = [
    article.outlet && esc(article.outlet),
    esc(article.date ?? 'undated'),
    htmlLink('Source', article.sourceUrl)
  ]
  const parts = [
    `<${heading}>${mark}${esc(article.title)}</${heading}>`,
    `<p class="article-meta">${meta.filter(Boolean).join(' · ')} · <span class="muted">${esc(article.file)}</span></p>`
  ]
  if (theme) parts.push(`<p class="facts">Theme: ${esc(verdictWords(theme))}</p>`)
  if (section.whole && article.memo)
    parts.push(`<div class="label">Memo</div><div class="memo">${esc(article.memo.text.trim())}</div>`)
  if (section.whole && !theme && article.themes.length > 0)
    parts.push(`<ul class="themes">${article.themes.map((t) => `<li>${themeHtml(model, t)}</li>`).join('')}</ul>`)
  for (const item of section.highlights) parts.push(highlightHtml(item))
  if (section.unattachedLinks.length > 0)
    parts.push(
      `<div class="label">Links</div><ul class="links">${section.unattachedLinks
        .map((link) => `<li>“${esc(shortQuote(link.here.quote))}” ${linkHtml(link)}</li>`)
        .join('')}</ul>`
    )
  return `<section class="article">${parts.join('\n')}</section>`
}

function highlightHtml({ highlight, tagPaths, links }: HighlightItem): string {
  const color = esc(highlight.color)
  const tags = tagPaths.map((path) => `<span class="tag">${esc(path)}</span>`).join('')
  const orphan = highlight.anchor === 'orphan' ? ` <span class="orphan">${esc(ORPHAN_MARK)}</span>` : ''
  const swatch = `<span class="swatch swatch-${color}"></span>`
  const facts = `${swatch}${esc(highlight.colorName)}${tags ? ` · ${tags}` : ''}${orphan}`
  const note = highlight.note.trim() ? `<div class="note">${esc(highlight.note.trim())}</div>` : ''
  const linked =
    links.length > 0 ? `<ul class="links">${links.map((l) => `<li>${linkHtml(l)}</li>`).join('')}</ul>` : ''
  return `<div class="highlight"><blockquote class="quote quote-${color}">${esc(highlight.quote)}</blockquote>
<div class="facts">${facts}</div>${note}${linked}</div>`
}

/** `→ Supports: “quote…” in <i>Other title</i>`, the arrow pointing from the passage selected first. */
function linkHtml({ link, outgoing, other }: LinkFromHere): string {
  const where = other.title ? `<i>${esc(other.title)}</i>` : 'an article no longer in the library'
  const note = link.note.trim() ? ` — ${esc(link.note)}` : ''
  return `${outgoing ? '→' : '←'} ${esc(link.kindLabel)}: “${esc(shortQuote(other.quote))}” in ${where}${note}`
}

function themeHtml(model: ExportModel, theme: ExportArticleTheme): string {
  const label = model.themes.find((candidate) => candidate.id === theme.id)?.label
  const name = label ? `${label.th} (${label.en})` : theme.id
  const mark = `<span class="verdict-${esc(theme.verdict ?? 'none')}">${themeMark(theme)}</span>`
  return `${mark} ${esc(name)}: ${esc(verdictWord(theme))}`
}
