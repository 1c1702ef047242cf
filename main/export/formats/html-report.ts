// The printable report: one self-contained HTML file (inline CSS, no script, nothing fetched: its
// CSP says so to the browser that opens it) with a cover stating the scope, a table of contents,
// then the highlights grouped as the user chose, the same groups as the Markdown notes
// (group-highlights.ts). Electron prints the same HTML to PDF.
import type { ExportModel } from '../export-model'
import { groupHighlights, type HighlightGroup } from './group-highlights'
import { escapeHtml as esc } from './html-escape'
import { REPORT_CSS } from './html-report-style'
import { sectionHtml } from './html-sections'
import { tagPaths } from './tag-paths'

const CSP = "default-src 'none'; style-src 'unsafe-inline'"

export function writeHtmlReport(model: ExportModel): string {
  const groups = groupHighlights(model)
  const body =
    groups.length > 0
      ? groups.map((group) => groupHtml(model, group)).join('\n')
      : '<p>Nothing to export in this scope.</p>'
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(model.scopeLabel)} — Crossread</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${coverHtml(model)}
${tocHtml(groups)}
${body}
</body>
</html>
`
}

function coverHtml(model: ExportModel): string {
  const paths = tagPaths(model.tags)
  const used = new Set(model.articles.flatMap((article) => article.highlights.flatMap((h) => h.tagIds)))
  const tags = model.tags.filter((tag) => used.has(tag.id)).map((tag) => paths.get(tag.id) ?? tag.name)
  const themes = model.themes.flatMap((theme) => {
    const carried = model.articles.flatMap((article) => article.themes.filter((t) => t.id === theme.id))
    if (carried.length === 0) return []
    const count = (verdict: string | null) => carried.filter((t) => t.verdict === verdict).length
    const tally = [
      count('confirmed') > 0 && `✓ ${count('confirmed')} confirmed`,
      count('rejected') > 0 && `✗ ${count('rejected')} rejected`,
      count(null) > 0 && `${count(null)} not decided`
    ]
    return [`${theme.label.th} (${theme.label.en}): ${tally.filter(Boolean).join(', ')}`]
  })
  const { counts } = model
  const rows: Array<[string, string | string[]]> = [
    ['Articles', String(counts.articles)],
    ['Highlights', `${counts.highlights}${counts.orphans ? ` (${counts.orphans} not found in the current text)` : ''}`],
    ['Links', String(counts.links)],
    ['Memos', String(counts.memos)],
    ['Tags', tags.length > 0 ? tags.join(', ') : 'none'],
    ['Themes', themes.length > 0 ? themes : 'none'],
    ['Grouped by', model.grouping],
    ['Generated', `${model.generatedAt.slice(0, 16).replace('T', ' ')} UTC`],
    ['By', model.user]
  ]
  return `<header class="cover">
<p class="kicker">Crossread report</p>
<h1>${esc(model.scopeLabel)}</h1>
<dl>${rows.map(([term, value]) => `<dt>${esc(term)}</dt><dd>${ddHtml(value)}</dd>`).join('\n')}</dl>
</header>`
}

/** One value as text, several as a list (themes, each on its line). */
const ddHtml = (value: string | string[]): string =>
  typeof value === 'string' ? esc(value) : `<ul>${value.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`

function tocHtml(groups: HighlightGroup[]): string {
  if (groups.length === 0) return ''
  const items = groups.map((group) => {
    const highlights = group.sections.reduce((sum, section) => sum + section.highlights.length, 0)
    const subtitle = group.subtitle ? ` (${esc(group.subtitle)})` : ''
    const count = `<span class="muted">${highlights} highlight${highlights === 1 ? '' : 's'}</span>`
    return `<li><a href="#${esc(group.id)}">${esc(group.title)}${subtitle}</a> ${count}</li>`
  })
  return `<nav class="toc"><h2>Contents</h2><ol>${items.join('\n')}</ol></nav>`
}

function groupHtml(model: ExportModel, group: HighlightGroup): string {
  if (group.kind === 'article') {
    const [section] = group.sections
    return `<div class="group" id="${esc(group.id)}">${section ? sectionHtml(model, section, 'h2') : ''}</div>`
  }
  const subtitle = group.subtitle ? ` <span class="muted">(${esc(group.subtitle)})</span>` : ''
  const sections = group.sections.map((section) => sectionHtml(model, section, 'h3')).join('\n')
  return `<div class="group" id="${esc(group.id)}"><h2>${esc(group.title)}${subtitle}</h2>\n${sections}</div>`
}
