// A saved web page to article blocks. The page is parsed into a server-side DOM (linkedom), which
// never runs scripts or loads anything; Readability picks the article out of the site furniture.
// The page's HTML is never rendered: only text leaves this module.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { ArticleBlock } from './article-types'
import { isoDate } from './line-rules'
import { notFound, type DerivedField } from './parsed-article'
import type { TextReading } from './parse-text-article'
import { deriveTitle } from './body-shape'

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre'

export function readHtmlArticle(html: string): TextReading {
  const { document } = parseHTML(html)
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null
  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]')
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]')
  const published = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? meta('meta[property="article:published_time"]')
  const heading = document.querySelector('h1')?.textContent?.trim() || null
  const ogTitle = meta('meta[property="og:title"]')

  const warnings: string[] = []
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse()
  const blocks: ArticleBlock[] = []
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`)
    for (const element of content.querySelectorAll(BLOCKS)) {
      if (element.querySelector(BLOCKS)) continue // only the innermost blocks carry their own text
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim()
      if (text === '') continue
      const tag = element.tagName.toLowerCase()
      const kind = tag === 'figcaption' ? 'caption' : /^h[1-6]$/.test(tag) ? 'heading' : 'paragraph'
      if (kind === 'heading' && blocks.length === 0 && text === (heading ?? article.title)) continue
      blocks.push({ kind, text })
    }
  } else {
    warnings.push('No article text was found in this page.')
  }

  const titleText = heading ?? ogTitle ?? article?.title?.trim() ?? null
  const title: DerivedField<string> = titleText
    ? { value: titleText, confidence: heading ? 0.95 : 0.8, how: heading ? 'the page’s <h1>' : 'the page’s title metadata' }
    : { value: deriveTitle(blocks[0]?.text ?? 'Untitled page'), confidence: 0.3, how: 'no title in the page: first words of the text' }
  return {
    title,
    titleDerived: !titleText,
    outlet: siteName ? { value: siteName, confidence: 0.9, how: 'the page’s og:site_name' } : notFound(null),
    date: dateField(published),
    year: null,
    sourceUrl: canonical && /^https?:\/\//i.test(canonical) ? { value: canonical, confidence: 0.9, how: 'the page’s canonical link' } : notFound(null),
    blocks,
    removed: [],
    warnings
  }
}

function dateField(value: string | null): DerivedField<string | null> {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
  const iso = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null
  return iso ? { value: iso, confidence: 0.9, how: 'the page’s publication time' } : notFound(null)
}
