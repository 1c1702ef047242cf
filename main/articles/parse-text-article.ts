// The rules that turn a scraped article's lines into header fields, body blocks and removed lines.
// Order matters: the footer is cut first (nothing after a comment counter is body), then the header
// shape is recognised at the top, then each remaining line is judged on its own.
import type { ArticleBlock } from './article-types'
import { deriveTitle, markHeadings } from './body-shape'
import * as rule from './line-rules'
import { notFound, type DerivedField, type RemovalReason, type RemovedLine } from './parsed-article'

export interface Line {
  number: number
  text: string
}

export interface TextReading {
  title: DerivedField<string>
  titleDerived: boolean
  outlet: DerivedField<string | null>
  date: DerivedField<string | null>
  year: number | null
  sourceUrl: DerivedField<string | null>
  blocks: ArticleBlock[]
  removed: RemovedLine[]
  warnings: string[]
}

export function readTextArticle(text: string, options: { markdown?: boolean } = {}): TextReading {
  const lines: Line[] = text
    .split('\n')
    .map((raw, index) => ({ number: index + 1, text: raw.trim() }))
    .filter((line) => line.text !== '')
  const removed: RemovedLine[] = []
  const remove = (line: Line, reason: RemovalReason) => removed.push({ lineNumber: line.number, text: line.text, reason })

  let title: DerivedField<string> | null = null
  let outlet: DerivedField<string | null> = notFound(null)
  let date: DerivedField<string | null> = notFound(null)
  let sourceUrl: DerivedField<string | null> = notFound(null)
  let year: number | null = null

  const takeSource = (line: Line, url: string | null) => {
    remove(line, 'source')
    if (url && sourceUrl.value === null) sourceUrl = { value: url, confidence: 0.95, how: `source line ${line.number}` }
  }
  const takeOutletDate = (line: Line, found: NonNullable<ReturnType<typeof rule.outletDate>>) => {
    remove(line, 'outlet-date')
    if (date.value === null) date = { value: found.date, confidence: found.outlet ? 0.95 : 0.85, how: `date line ${line.number}` }
    if (found.outlet && outlet.confidence < 0.9) {
      outlet = { value: found.outlet, confidence: found.doubled ? 0.95 : 0.8, how: `outlet+date line ${line.number}` }
    }
  }

  // 1. The footer: after a comment counter, or a trailing related-articles list, nothing is body.
  const footerStart = findFooterStart(lines)
  for (const line of lines.slice(footerStart)) {
    const source = rule.sourceLine(line.text)
    if (source) takeSource(line, source.url)
    else remove(line, rule.isCommentCounter(line.text) ? 'comment-counter' : 'site-furniture')
  }
  const head = lines.slice(0, footerStart)

  // 2. The header shape at the top.
  let start = 0
  let bannerSeen = false
  if (head[0] && rule.isBanner(head[0].text)) {
    remove(head[0], 'banner')
    bannerSeen = true
    start = 1
  }
  const first = head[start]
  if (first) {
    const markdownTitle = options.markdown ? /^#\s+(.+)$/.exec(first.text) : null
    const header = rule.outletYearTitle(first.text)
    const named = rule.titleNewspaper(first.text)
    if (markdownTitle?.[1]) {
      title = { value: markdownTitle[1].trim(), confidence: 0.95, how: `Markdown title, line ${first.number}` }
      remove(first, 'title')
      start += 1
    } else if (header) {
      title = { value: header.title, confidence: 0.95, how: `“Outlet - Year - Title” header, line ${first.number}` }
      outlet = { value: header.outlet, confidence: 0.9, how: `“Outlet - Year - Title” header, line ${first.number}` }
      year = header.year
      remove(first, 'header')
      start += 1
    } else if (named) {
      title = { value: named.title, confidence: 0.9, how: `“Title - Newspaper” line ${first.number}` }
      outlet = { value: named.newspaper, confidence: 0.7, how: `newspaper named after the title, line ${first.number}` }
      remove(first, 'title')
      start += 1
    } else if (first.text.length <= 250 && (bannerSeen || titleBeforeOutletDate(head, start))) {
      // After a site banner, or just above a nearby outlet+date line, a short line is the title.
      title = { value: first.text, confidence: bannerSeen ? 0.85 : 0.8, how: bannerSeen ? `line after the site banner, line ${first.number}` : `line above the outlet+date line, line ${first.number}` }
      remove(first, 'title')
      start += 1
    }
  }

  // 3. The body, line by line.
  const blocks: ArticleBlock[] = []
  let afterImage = false
  for (const line of head.slice(start)) {
    const source = rule.sourceLine(line.text)
    const dated = rule.outletDate(line.text)
    const previous = blocks.at(-1)
    const wasAfterImage = afterImage
    afterImage = false
    if (source) takeSource(line, source.url)
    else if (dated) takeOutletDate(line, dated)
    else if (rule.isImagePlaceholder(line.text)) {
      remove(line, 'image-placeholder')
      afterImage = true
    }
    else if (rule.isNavigationWord(line.text) || rule.isRelatedListHeader(line.text)) remove(line, 'site-furniture')
    else if (rule.isBanner(line.text)) remove(line, 'banner')
    else if (previous && previous.text === line.text && line.text.length <= 600) {
      // A scrape often repeats a photo caption on the next line: keep one, marked as a caption.
      previous.kind = 'caption'
      remove(line, 'duplicate-caption')
    } else if (previous?.kind === 'caption' && rule.isCaption(line.text) && rule.sameCaption(previous.text, line.text)) {
      remove(line, 'duplicate-caption') // the same photo, credited twice in two translations
    } else if (options.markdown && /^#{1,6}\s+/.test(line.text)) blocks.push({ kind: 'heading', text: line.text.replace(/^#{1,6}\s+/, '') })
    else {
      // The line under an image is its caption, credited or not.
      const caption = rule.isCaption(line.text) || (wasAfterImage && line.text.length <= 300)
      blocks.push({ kind: caption ? 'caption' : 'paragraph', text: line.text })
    }
  }
  markHeadings(blocks)

  const titleDerived = title === null
  if (title === null) {
    const firstProse = blocks.find((block) => block.kind === 'paragraph') ?? blocks[0]
    title = firstProse
      ? { value: deriveTitle(firstProse.text), confidence: 0.35, how: 'no title in the file: first words of the first paragraph' }
      : { value: 'Untitled article', confidence: 0, how: 'no title and no body in the file' }
  }
  removed.sort((a, b) => a.lineNumber - b.lineNumber)
  return { title, titleDerived, outlet, date, year, sourceUrl, blocks, removed, warnings: [] }
}

/** The first line of the footer, or `lines.length` when there is none. */
function findFooterStart(lines: Line[]): number {
  const counter = lines.findIndex((line) => rule.isCommentCounter(line.text))
  let end = counter >= 0 ? counter : lines.length
  // A related-articles list with no counter: a list header followed only by short lines (headlines,
  // menu words). A list header followed by real prose is only the header line, handled later.
  for (let i = Math.max(1, Math.floor(end / 3)); i < end; i++) {
    const line = lines[i]
    if (line && rule.isRelatedListHeader(line.text) && lines.slice(i + 1, end).every((rest) => rest.text.length <= 160 || rule.sourceLine(rest.text))) {
      end = i
      break
    }
  }
  // A source line directly above the counter belongs to the footer's metadata, not the body.
  return end
}

function titleBeforeOutletDate(head: Line[], start: number): boolean {
  return head.slice(start + 1, start + 4).some((line) => rule.outletDate(line.text))
}
