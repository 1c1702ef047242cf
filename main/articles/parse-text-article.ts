// The rules that turn a scraped article's lines into header fields, body blocks and removed lines.
// Order matters: the footer is cut first (nothing after a comment counter is body), then the header
// shape is recognised at the top, then each remaining line is judged on its own.
import type { ArticleBlock } from '../../common/model/article-types'
import { ArticleFields, type Line } from './article-fields'
import { deriveTitle } from './body-shape'
import * as rule from './line-rules'
import type { ArticleReading } from './parsed-article'
import { readBody } from './read-body'
import { longLinesWarning } from './long-lines-warning'

export type TextReading = ArticleReading

export function readTextArticle(text: string, options: { markdown?: boolean } = {}): TextReading {
  const lines: Line[] = text
    .split('\n')
    .map((raw, index) => ({ number: index + 1, text: raw.trim() }))
    .filter((line) => line.text !== '')
  const fields = new ArticleFields()

  // 1. The footer: after a comment counter, or a trailing related-articles list, nothing is body.
  const footerStart = findFooterStart(lines)
  for (const line of lines.slice(footerStart)) {
    const source = rule.sourceLine(line.text)
    if (source) fields.takeSource(line, source.url)
    else fields.remove(line, rule.isCommentCounter(line.text) ? 'comment-counter' : 'site-furniture')
  }
  const head = lines.slice(0, footerStart)

  // 2. The header shape at the top.
  const start = readHeader(head, fields, options)

  // 3. The body, line by line; a title is derived from it if the header gave none.
  const blocks = readBody(head.slice(start), fields, options)
  return finish(fields, blocks)
}

/** Title when none was found, removed lines in file order: shared with the HTML reader. */
export function finish(fields: ArticleFields, blocks: ArticleBlock[], warnings: string[] = []): TextReading {
  let title = fields.title
  if (title && fields.titleLine && fields.outlet.value && fields.outlet.confidence >= 0.8) {
    const stripped = rule.withoutOutletSuffix(fields.titleLine, fields.outlet.value)
    if (stripped !== fields.titleLine) title = { ...title, value: stripped }
  }
  if (title === null) {
    const firstProse = blocks.find((block) => block.kind === 'paragraph') ?? blocks[0]
    title = firstProse
      ? {
          value: deriveTitle(firstProse.text),
          confidence: 0.35,
          how: 'no title in the file: first words of the first paragraph'
        }
      : { value: 'Untitled article', confidence: 0, how: 'no title and no body in the file' }
  }
  const removed = [...fields.removed].sort((a, b) => a.lineNumber - b.lineNumber)
  const { outlet, date, year, sourceUrl, splitLines } = fields
  const splitWarning = longLinesWarning(splitLines)
  return {
    title,
    titleDerived: fields.title === null,
    outlet,
    date,
    year,
    sourceUrl,
    blocks,
    removed,
    splitLines,
    warnings: splitWarning ? [...warnings, splitWarning] : warnings
  }
}

/** Recognises the header shape; returns the index of the first body line. */
function readHeader(head: Line[], fields: ArticleFields, options: { markdown?: boolean }): number {
  let start = 0
  let bannerSeen = false
  // Site chrome above the title: a domain banner, a breadcrumb trail.
  for (let line = head[start]; line && (rule.isBanner(line.text) || rule.isBreadcrumb(line.text)); line = head[start]) {
    const banner = rule.isBanner(line.text)
    fields.remove(line, banner ? 'banner' : 'site-furniture')
    bannerSeen ||= banner
    start += 1
  }
  const afterChrome = start > 0
  const first = head[start]
  if (!first) return start
  const markdownTitle = options.markdown ? /^#\s+(\S.*)$/.exec(first.text) : null
  const header = rule.outletYearTitle(first.text)
  const named = rule.titleNewspaper(first.text)
  fields.titleLine = first.text
  if (markdownTitle?.[1]) {
    fields.title = { value: markdownTitle[1].trim(), confidence: 0.95, how: `Markdown title, line ${first.number}` }
    fields.remove(first, 'title')
  } else if (header) {
    const how = `“Outlet - Year - Title” header, line ${first.number}`
    fields.title = { value: header.title, confidence: 0.95, how }
    fields.outlet = { value: header.outlet, confidence: 0.9, how }
    fields.year = header.year
    fields.remove(first, 'header')
  } else if (named) {
    fields.title = { value: named.title, confidence: 0.9, how: `“Title - Newspaper” line ${first.number}` }
    fields.outlet = {
      value: named.newspaper,
      confidence: 0.7,
      how: `newspaper named after the title, line ${first.number}`
    }
    fields.remove(first, 'title')
  } else if (first.text.length <= 250 && (afterChrome || titleBeforeOutletDate(head, start))) {
    // After a site banner, or just above a nearby outlet+date line, a short line is the title.
    const how = afterChrome
      ? `line after the site banner, line ${first.number}`
      : `line above the outlet+date line, line ${first.number}`
    fields.title = { value: first.text, confidence: bannerSeen ? 0.85 : 0.8, how }
    fields.remove(first, 'title')
  } else {
    return start
  }
  return start + 1
}

/** The first line of the footer, or `lines.length` when there is none. */
function findFooterStart(lines: Line[]): number {
  const counter = lines.findIndex((line) => rule.isCommentCounter(line.text))
  let end = counter >= 0 ? counter : lines.length
  // The source line closes the article: short lines after it (headlines, menus) are the site's.
  const source = lines.findLastIndex((line, i) => i < end && rule.sourceLine(line.text) !== undefined)
  if (
    source >= lines.length / 2 &&
    source < end - 1 &&
    lines.slice(source + 1, end).every((line) => line.text.length <= 160)
  )
    end = source
  // A related-articles list with no counter: a list header followed only by short lines (headlines,
  // menu words). A list header followed by real prose is only the header line, handled later.
  // (The last long line is found once: asking each header about all lines after it is quadratic.)
  const lastProse = lines.findLastIndex((line, i) => i < end && line.text.length > 160 && !rule.sourceLine(line.text))
  for (let i = Math.max(1, Math.floor(end / 3), lastProse); i < end; i++) {
    const line = lines[i]
    if (line && rule.isRelatedListHeader(line.text)) return i
  }
  return end
}

function titleBeforeOutletDate(head: Line[], start: number): boolean {
  return head.slice(start + 1, start + 4).some((line) => rule.outletDate(line.text))
}
