// A saved web page to article blocks. The page is parsed into a server-side DOM (linkedom), which
// never runs scripts or loads anything; Readability picks the article out of the site furniture,
// and the same line rules as for text files then clean what it kept (bylines, source lines).
// The page's HTML is never rendered: only text leaves this module.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { ArticleFields, type Line } from './article-fields'
import { MAX_DEPTH, flattenDeepElements, type PageDocument } from './flatten-deep-html'
import { isoDate, outletDate, titleNewspaper } from './line-rules'
import { readBody } from './read-body'
import { finish, type TextReading } from './parse-text-article'

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td'

export function readHtmlArticle(html: string): TextReading {
  const { document } = parseHTML(html)
  const deepest = flattenDeepElements(document as unknown as PageDocument)
  const warnings =
    deepest === null
      ? []
      : [`The page is nested ${deepest} levels deep; below level ${MAX_DEPTH} its text was read as plain paragraphs.`]
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null
  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]')
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]')
  const published =
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    meta('meta[property="article:published_time"]')
  const heading = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null
  const ogTitle = meta('meta[property="og:title"]')

  const fields = new ArticleFields()
  // Before Readability (which rewrites the DOM): a page without metadata may still carry the
  // scraped sites' outlet+date line somewhere in its text, or name the paper in its <title>.
  const dateline = [...document.querySelectorAll('div, p, span, td, li')]
    .filter((element) => element.children.length === 0)
    .map((element) => outletDate((element.textContent ?? '').replace(/\s+/g, ' ').trim()))
    .find((found) => found !== undefined)
  if (dateline) fields.takeOutletDate({ number: 0, text: '' }, dateline)
  const named = titleNewspaper(document.querySelector('title')?.textContent?.trim() ?? '')
  if (named && fields.outlet.value === null)
    fields.outlet = { value: named.newspaper, confidence: 0.6, how: 'the newspaper named in the page title' }
  fields.removed.length = 0 // those lines were read from the page, not removed from the article
  if (siteName) fields.outlet = { value: siteName, confidence: 0.9, how: 'the page’s og:site_name' }
  const date = publishedDate(published)
  if (date) fields.date = { value: date, confidence: 0.9, how: 'the page’s publication time' }
  if (canonical && /^https?:\/\//i.test(canonical))
    fields.sourceUrl = { value: canonical, confidence: 0.9, how: 'the page’s canonical link' }
  const titleText = heading ?? ogTitle
  if (titleText)
    fields.title = {
      value: titleText,
      confidence: heading ? 0.95 : 0.8,
      how: heading ? 'the page’s <h1>' : 'the page’s title metadata'
    }

  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse()
  const lines: Line[] = []
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`)
    for (const element of content.querySelectorAll(BLOCKS)) {
      if (element.querySelector(BLOCKS)) continue // only the innermost blocks carry their own text
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim()
      if (text === '') continue
      const tag = element.tagName.toLowerCase()
      if (/^h[1-6]$/.test(tag) && lines.length === 0 && text === titleText) continue
      lines.push({
        number: 0,
        text,
        kind: tag === 'figcaption' ? 'caption' : /^h[1-6]$/.test(tag) ? 'heading' : undefined
      })
    }
  }
  const blocks = readBody(lines, fields)
  if (!article?.content) warnings.push('No article text was found in this page.')
  return finish(fields, blocks, warnings)
}

function publishedDate(value: string | null): string | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null
}
