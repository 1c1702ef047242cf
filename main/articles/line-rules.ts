// What one line of a scraped article is, judged by its shape alone. Each rule is written for the
// genre (Vietnamese news sites machine-translated to Thai), not for one sample file.

/** `การแสดงความคิดเห็น (0)` and its variants: the comment counter; after it comes site furniture. */
const COMMENT_COUNTER = /^(?:การแสดงความคิดเห็น|แสดงความคิดเห็น|ความคิดเห็น|ความเห็น|bình luận|comments?)\s*\(\s*\d+\s*\)$/iu

/** `ที่มา: https://…`, `แหล่งที่มา` (no URL), `Nguồn: …`: where the article came from. */
const SOURCE = /^(?:ที่มา|แหล่งที่มา|แหล่งข่าว|nguồn|source)\s*[:：]?\s*(\S*)$/iu

/** `Vietnam.vn - Nền tảng quảng bá Việt Nam`: a domain name, a dash and a slogan. */
const BANNER = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org|info|asia|com\.vn|gov\.vn)\s+[-–—|]\s+\S.{0,100}$/iu

/** `Kinhtedothi - 2024 - Title` (a Buddhist-era year such as 2567 also occurs). */
const OUTLET_YEAR_TITLE = /^(\S.{0,60}?)\s+[-–—|]\s+((?:19|20|25)\d{2})\s+[-–—|]\s+(\S.*)$/u

/** `… - Báo Hải Dương`, `… - หนังสือพิมพ์ Lang Son`: a newspaper named after the title. */
const TITLE_NEWSPAPER = /^(\S.{5,}?)\s+[-–—|]\s+((?:หนังสือพิมพ์|นิตยสาร|สำนักข่าว|báo|tạp chí|tuổi trẻ|thanh niên|vnexpress)[^-–—|]{0,40})$/iu

/** `dd/mm/yyyy` (also with `.` or `-`), optionally a time after it. */
const DATE_AT_END = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u

/** `รูปภาพ,6167,12074125.jpg` or a bare `12074125.jpg`: where an image was. */
const IMAGE_PLACEHOLDER = /^(?:(?:รูปภาพ|รูป|ภาพ|image|photo|ảnh)\s*[,:]?\s*)?[\p{L}\d_.,-]*\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:\?\S*)?$/iu

/** A photo credit: `… ภาพ: THANH MAI`, `(ภาพ: QUYNH TRANG)`, `ภาพประกอบ`, `Ảnh: …`. */
const CAPTION = /(?:\(\s*(?:ภาพ|รูป|ภาพถ่าย|ภาพประกอบ|ảnh|photo)\s*[:：][^)]{1,80}\)|(?:^|\s)(?:ภาพ|รูป|ภาพถ่าย|ảnh|photo)\s*[:：]\s*[^:]{1,60}|^ภาพประกอบ.{0,200}|ภาพประกอบ\)?)\s*$/iu

/** Headers of related-article lists: what follows them is other articles' headlines. */
const RELATED_LIST = new Set([
  'หัวข้อเดียวกัน', 'หมวดหมู่เดียวกัน', 'ผู้เขียนเดียวกัน', 'ข่าวที่เกี่ยวข้อง', 'บทความที่เกี่ยวข้อง', 'ข่าวล่าสุด', 'ข่าวอื่นๆ', 'ข่าวอื่น ๆ',
  'ข่าวอื่น', 'อ่านเพิ่มเติม', 'ข่าวเด่น', 'ข่าวยอดนิยม', 'tin liên quan', 'cùng chuyên mục', 'tin mới', 'tin khác', 'đọc nhiều', 'related', 'related articles'
])

/** Single navigation words and placeholders a scraper picks up from site menus. */
const NAVIGATION = new Set([
  'no data', 'no videos available', 'ภาพ', 'รูป', 'มรดก', 'ธุรกิจ', 'ข่าว', 'ท้องถิ่น', 'กระทรวง-สาขา', 'การเมือง',
  'เศรษฐกิจ', 'สังคม', 'วัฒนธรรม', 'กีฬา', 'วีดีโอ', 'วิดีโอ', 'ท่องเที่ยว', 'หน้าแรก', 'แชร์', 'แท็ก', 'tags', 'share',
  'video', 'podcast', 'e-magazine', 'infographic', 'เลื่อนขึ้นด้านบน', 'กลับไปด้านบน'
])

export const isCommentCounter = (line: string): boolean => COMMENT_COUNTER.test(line)
export const isBanner = (line: string): boolean => BANNER.test(line)

/** `หน้าแรก » การเมือง » สร้างพรรค`: a site's breadcrumb trail, short segments between arrows. */
export function isBreadcrumb(line: string): boolean {
  const parts = line.split(/\s*(?:»|›|>|\/|\|)\s*/)
  return line.length <= 120 && parts.length >= 3 && parts.every((part) => part.length > 0 && part.length <= 30)
}
export const isImagePlaceholder = (line: string): boolean => !/\s/.test(line.replace(/^\S+\s*[,:]\s*/, '')) && IMAGE_PLACEHOLDER.test(line)
export const isCaption = (line: string): boolean => line.length <= 400 && CAPTION.test(line)
export const isRelatedListHeader = (line: string): boolean => RELATED_LIST.has(line.toLowerCase().replace(/\s*[:：]$/, ''))

/** `อ่านเพิ่มเติม: <another article's headline>`: a link to elsewhere, inside the body. */
export const isReadMoreLink = (line: string): boolean => /^(?:อ่านเพิ่มเติม|ดูเพิ่มเติม|อ่านต่อ|ข่าวที่เกี่ยวข้อง|đọc thêm|xem thêm|read more)\s*[:：>»-]\s*\S/iu.test(line)
export const isNavigationWord = (line: string): boolean => NAVIGATION.has(line.toLowerCase())

/** Two captions of one photo: the same credit, or mostly the same words. */
export function sameCaption(a: string, b: string): boolean {
  const credit = (text: string) => /(?:ภาพ|รูป|ảnh|photo)\s*[:：]\s*([^:()]{1,60})\)?\s*$/iu.exec(text)?.[1]?.trim().toLowerCase()
  const creditA = credit(a)
  if (creditA && creditA === credit(b)) return true
  return bigramSimilarity(a, b) >= 0.6
}

/** Dice coefficient over character bigrams: robust to Thai having no spaces between words. */
export function bigramSimilarity(a: string, b: string): number {
  const grams = (text: string) => {
    const counts = new Map<string, number>()
    for (let i = 0; i < text.length - 1; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1)
    return counts
  }
  const left = grams(a)
  const right = grams(b)
  let shared = 0
  for (const [gram, count] of left) shared += Math.min(count, right.get(gram) ?? 0)
  const total = Math.max(1, a.length - 1 + b.length - 1)
  return (2 * shared) / total
}

/** The URL of a source line (null when the line names no URL), or undefined when it is not one. */
export function sourceLine(line: string): { url: string | null } | undefined {
  const match = SOURCE.exec(line)
  if (!match) return undefined
  const url = match[1] ?? ''
  if (url === '') return { url: null }
  return /^https?:\/\/\S+$/i.test(url) ? { url } : undefined
}

export function outletYearTitle(line: string): { outlet: string; year: number; title: string } | undefined {
  const match = OUTLET_YEAR_TITLE.exec(line)
  if (!match) return undefined
  const year = gregorianYear(Number(match[2]))
  const outlet = match[1]?.trim() ?? ''
  if (year === null || outlet.split(/\s+/).length > 6) return undefined
  return { outlet, year, title: match[3]?.trim() ?? '' }
}

export function titleNewspaper(line: string): { title: string; newspaper: string } | undefined {
  const match = TITLE_NEWSPAPER.exec(line) ?? LATIN_NAME_SUFFIX.exec(line)
  return match ? { title: match[1]?.trim() ?? '', newspaper: match[2]?.trim() ?? '' } : undefined
}

/** `… | Báo Thanh Hóa`, `… - VietnamPlus`: a short capitalised Latin name after the last separator. */
const LATIN_NAME_SUFFIX = /^(\S.{5,}?)\s+(?:[-–—]|\|)\s+((?:\p{Lu}[\p{L}\d.]*)(?:\s+\p{Lu}[\p{L}\d.]*){0,3})$/u

/** `Title - Báo Bà Rịa - Vũng Tàu` with the outlet already known: the title without it. */
export function withoutOutletSuffix(title: string, outlet: string): string {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/^(?:bao|tap chi)\s+/, '').trim()
  const separator = /\s+(?:[-–—]|\|)\s+/g
  for (const match of title.matchAll(separator)) {
    const suffix = title.slice((match.index ?? 0) + match[0].length)
    if (suffix.length > 0 && fold(suffix) === fold(outlet)) return title.slice(0, match.index).trim()
  }
  return title
}

/**
 * `Báo Nhân dânBáo Nhân dân18/10/2025`, `Báo Quảng Ninh 05/03/2025`, `12/04/2568`: an outlet
 * (often doubled by the scrape) glued to a date. Prose that merely ends in a date is not one:
 * the outlet part must be short and must not read like a Thai sentence.
 */
export function outletDate(line: string): { outlet: string | null; doubled: boolean; date: string } | undefined {
  const match = DATE_AT_END.exec(line)
  if (!match || line.length > 140) return undefined
  const date = isoDate(Number(match[3]), Number(match[2]), Number(match[1]))
  if (!date) return undefined
  const prefix = line.slice(0, match.index).replace(/[\s,|·•-]+$/u, '').trim()
  if (prefix === '') return { outlet: null, doubled: false, date }
  const single = undoubled(prefix)
  const outlet = single ?? prefix
  if (outlet.length > 60 || outlet.split(/\s+/).length > 7 || /[.!?]/.test(outlet)) return undefined
  return { outlet, doubled: single !== undefined, date }
}

/** `XX` or `X X` → `X`. */
function undoubled(text: string): string | undefined {
  const compact = text.replace(/\s+/g, ' ')
  for (const separator of ['', ' ']) {
    const half = (compact.length - separator.length) / 2
    if (Number.isInteger(half) && half > 1) {
      const left = compact.slice(0, half)
      if (left.trim() !== '' && compact === left + separator + left) return left.trim()
    }
  }
  return undefined
}

/** Buddhist-era years (2443–2643) become Gregorian; anything outside 1900–2100 is not a year. */
export function gregorianYear(year: number): number | null {
  const gregorian = year >= 2443 && year <= 2643 ? year - 543 : year
  return gregorian >= 1900 && gregorian <= 2100 ? gregorian : null
}

export function isoDate(year: number, month: number, day: number): string | null {
  const y = gregorianYear(year)
  if (y === null || month < 1 || month > 12 || day < 1) return null
  const days = new Date(Date.UTC(y, month, 0)).getUTCDate()
  if (day > days) return null
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
