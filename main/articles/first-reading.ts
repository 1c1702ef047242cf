// A first, simple reading of a scraped article: header fields and body paragraphs.
// Deliberately small; the full parser (header shapes with confidences, junk removal with reasons)
// replaces this module. Callers depend only on `readArticle`'s result shape.
import type { ArticleBlock } from './article-types'

export interface FirstReading {
  title: string
  titleDerived: boolean
  outlet: string | null
  date: string | null
  sourceUrl: string | null
  blocks: ArticleBlock[]
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g
/** `การแสดงความคิดเห็น (0)`: the comment counter; what follows is site furniture. */
const COMMENT_COUNTER = /^การแสดงความคิดเห็น\s*\(\d+\)/
const SOURCE_LINE = /^(?:ที่มา|แหล่งที่มา)\s*:?\s*(\S*)\s*$/
/** `Vietnam.vn - Nền tảng quảng bá Việt Nam`: a domain-named site banner. */
const SITE_BANNER = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org)\s+-\s+/iu
/** `Báo Nhân dânBáo Nhân dân18/10/2025`: the outlet name doubled and glued to a dd/mm/yyyy date. */
const OUTLET_DATE = /^(.+?)\s*\1\s*(\d{1,2})\/(\d{1,2})\/(\d{4})$/u
/** `Kinhtedothi - 2024 - Title`. */
const OUTLET_YEAR_TITLE = /^([^-–]{2,60}?)\s+[-–]\s+(\d{4})\s+[-–]\s+(.+)$/u
const IMAGE_PLACEHOLDER = /^รูปภาพ,.*\.(?:jpe?g|png|gif|webp)$/i

export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC').replace(ZERO_WIDTH, '')
}

export function readArticle(raw: string): FirstReading {
  let lines = normaliseText(raw).split('\n').map((line) => line.trim())
  const counter = lines.findIndex((line) => COMMENT_COUNTER.test(line))
  if (counter >= 0) lines = lines.slice(0, counter)

  let sourceUrl: string | null = null
  let outlet: string | null = null
  let date: string | null = null
  let title: string | null = null
  let afterBanner = false
  const body: string[] = []

  for (const line of lines) {
    if (line === '' || IMAGE_PLACEHOLDER.test(line)) continue
    const source = SOURCE_LINE.exec(line)
    if (source) {
      if (/^https?:\/\//i.test(source[1] ?? '')) sourceUrl = source[1] ?? null
      continue
    }
    const outletDate = OUTLET_DATE.exec(line)
    if (outletDate && !outlet) {
      const [, name, day, month, year] = outletDate
      outlet = name?.trim() ?? null
      date = `${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`
      continue
    }
    if (title === null && body.length === 0) {
      if (SITE_BANNER.test(line)) {
        afterBanner = true
        continue
      }
      if (afterBanner) {
        title = line
        continue
      }
      const header = OUTLET_YEAR_TITLE.exec(line)
      if (header) {
        outlet = header[1]?.trim() ?? null
        date = header[2] ?? null
        title = header[3]?.trim() ?? null
        continue
      }
      // `Title - Newspaper` on line 1: the suffix names the paper, not the title.
      title = line.replace(/\s+[-–]\s+(?:หนังสือพิมพ์|Báo)\s[^-–]{1,40}$/u, '')
      if (title !== line) continue
      title = null
    }
    body.push(line)
  }

  let titleDerived = false
  if (title === null) {
    titleDerived = true
    title = deriveTitle(body[0] ?? '')
  }
  return { title, titleDerived, outlet, date, sourceUrl, blocks: body.map((text) => ({ kind: 'paragraph', text })) }
}

/** First words of the lead, cut at a space so no Thai word is split. */
function deriveTitle(lead: string): string {
  if (lead === '') return 'Untitled article'
  if (lead.length <= 90) return lead
  const cut = lead.lastIndexOf(' ', 90)
  return `${lead.slice(0, cut > 30 ? cut : 90)}…`
}
