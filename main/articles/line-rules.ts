// What one line of a scraped article is, judged by its shape alone. Each rule is written for the
// genre (Vietnamese news sites machine-translated to Thai), not for one sample file.
//
// Every rule is linear on any line, because a hostile or merely unlucky file may hold a line of
// megabytes. What a rule recognises is short, so it checks the length, or looks only at the line's
// head or tail, before a pattern runs; and no pattern lets two quantifiers share the same
// characters. (V8 scans the whole string with a /u pattern even when it is anchored, and a long
// /u quantifier can overflow the regex stack.) adversarial-lines.test.ts keeps this true.
export * from './header-lines'

/** `การแสดงความคิดเห็น (0)` and its variants: the comment counter; after it comes site furniture. */
const COMMENT_COUNTER = /^(?:การแสดงความคิดเห็น|แสดงความคิดเห็น|ความคิดเห็น|ความเห็น|bình luận|comments?)\s*\(\s*\d+\s*\)$/iu
const COMMENT_COUNTER_MAX = 100

/** `ที่มา: https://…`, `แหล่งที่มา` (no URL), `Nguồn: …`: where the article came from. */
const SOURCE = /^(?:ที่มา|แหล่งที่มา|แหล่งข่าว|nguồn|source)\s*(?:[:：]\s*)?(\S*)$/iu
/** A source line is a label and one URL; browsers cap URLs near 2,000 characters. */
const SOURCE_MAX = 2100

/** `Vietnam.vn - Nền tảng quảng bá Việt Nam`: a domain name, a dash and a slogan. */
const BANNER =
  /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org|info|asia|com\.vn|gov\.vn)\s+[-–—|]\s+\S.{0,100}$/iu
/** A domain name (at most 253 characters), a separator and the slogan's 101. */
const BANNER_MAX = 400

/** `รูปภาพ,6167,12074125.jpg` or a bare `12074125.jpg`: where an image was. */
const IMAGE_PLACEHOLDER =
  /^(?:(?:รูปภาพ|รูป|ภาพ|image|photo|ảnh)\s*(?:[,:]\s*)?)?[\p{L}\d_.,-]*\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:\?\S*)?$/iu
const IMAGE_PLACEHOLDER_MAX = 500

/** A photo credit: `… ภาพ: THANH MAI`, `(ภาพ: QUYNH TRANG)`, `ภาพประกอบ`, `Ảnh: …`. */
const CAPTION =
  /(?:\(\s*(?:ภาพ|รูป|ภาพถ่าย|ภาพประกอบ|ảnh|photo)\s*[:：][^)]{1,80}\)|(?:^|\s)(?:ภาพ|รูป|ภาพถ่าย|ảnh|photo)\s*[:：]\s*[^:]{1,60}|^ภาพประกอบ.{0,200}|ภาพประกอบ\)?)\s*$/iu
const CAPTION_MAX = 400
/** The credit at the end of a caption: `ภาพ: THANH MAI`, looked for in the caption's last characters. */
const CREDIT = /(?:ภาพ|รูป|ảnh|photo)\s*[:：]\s*([^:()]{1,60})\)?\s*$/iu
const CREDIT_TAIL = 200

/** `อ่านเพิ่มเติม: <another article's headline>`, looked for in the line's first characters. */
const READ_MORE = /^(?:อ่านเพิ่มเติม|ดูเพิ่มเติม|อ่านต่อ|ข่าวที่เกี่ยวข้อง|đọc thêm|xem thêm|read more)\s*[:：>»-]\s*\S/iu
const READ_MORE_HEAD = 200

/** Headers of related-article lists: what follows them is other articles' headlines. */
const RELATED_LIST = new Set([
  'หัวข้อเดียวกัน',
  'หมวดหมู่เดียวกัน',
  'ผู้เขียนเดียวกัน',
  'ข่าวที่เกี่ยวข้อง',
  'บทความที่เกี่ยวข้อง',
  'ข่าวล่าสุด',
  'ข่าวอื่นๆ',
  'ข่าวอื่น ๆ',
  'ข่าวอื่น',
  'อ่านเพิ่มเติม',
  'ข่าวเด่น',
  'ข่าวยอดนิยม',
  'tin liên quan',
  'cùng chuyên mục',
  'tin mới',
  'tin khác',
  'đọc nhiều',
  'related',
  'related articles'
])

/** Single navigation words and placeholders a scraper picks up from site menus. */
const NAVIGATION = new Set([
  'no data',
  'no videos available',
  'ภาพ',
  'รูป',
  'มรดก',
  'ธุรกิจ',
  'ข่าว',
  'ท้องถิ่น',
  'กระทรวง-สาขา',
  'การเมือง',
  'เศรษฐกิจ',
  'สังคม',
  'วัฒนธรรม',
  'กีฬา',
  'วีดีโอ',
  'วิดีโอ',
  'ท่องเที่ยว',
  'หน้าแรก',
  'แชร์',
  'แท็ก',
  'tags',
  'share',
  'video',
  'podcast',
  'e-magazine',
  'infographic',
  'เลื่อนขึ้นด้านบน',
  'กลับไปด้านบน'
])
/** Longer than any entry of the two lists above, with room for spaces and a colon. */
const LIST_WORD_MAX = 64

export const isCommentCounter = (line: string): boolean =>
  line.length <= COMMENT_COUNTER_MAX && COMMENT_COUNTER.test(line)
export const isBanner = (line: string): boolean => line.length <= BANNER_MAX && BANNER.test(line)

/** `หน้าแรก » การเมือง » สร้างพรรค`: a site's breadcrumb trail, short segments between arrows. */
export function isBreadcrumb(line: string): boolean {
  if (line.length > 120) return false
  const parts = line.split(/\s*(?:»|›|>|\/|\|)\s*/)
  return parts.length >= 3 && parts.every((part) => part.length > 0 && part.length <= 30)
}
export const isImagePlaceholder = (line: string): boolean =>
  line.length <= IMAGE_PLACEHOLDER_MAX && !/\s/.test(line.replace(/^\S+\s*[,:]\s*/, '')) && IMAGE_PLACEHOLDER.test(line)
export const isCaption = (line: string): boolean => line.length <= CAPTION_MAX && CAPTION.test(line)
export const isRelatedListHeader = (line: string): boolean =>
  line.length <= LIST_WORD_MAX && RELATED_LIST.has(line.toLowerCase().replace(/\s*[:：]$/, ''))

/** `อ่านเพิ่มเติม: <another article's headline>`: a link to elsewhere, inside the body. */
export const isReadMoreLink = (line: string): boolean => READ_MORE.test(line.slice(0, READ_MORE_HEAD))
export const isNavigationWord = (line: string): boolean =>
  line.length <= LIST_WORD_MAX && NAVIGATION.has(line.toLowerCase())

/** Two captions of one photo: the same credit, or mostly the same words. */
export function sameCaption(a: string, b: string): boolean {
  const credit = (text: string) => CREDIT.exec(text.slice(-CREDIT_TAIL))?.[1]?.trim().toLowerCase()
  const creditA = credit(a)
  if (creditA && creditA === credit(b)) return true
  // The shorter text bounds the bigrams the two can share: skip counting when it cannot reach 0.6.
  const total = Math.max(1, a.length - 1 + b.length - 1)
  if (2 * Math.max(0, Math.min(a.length, b.length) - 1) < 0.6 * total) return false
  return bigramSimilarity(a, b) >= 0.6
}

/** Dice coefficient over character bigrams: robust to Thai having no spaces between words. */
export function bigramSimilarity(a: string, b: string): number {
  // A bigram is two UTF-16 code units, kept as one number: slicing a string per bigram is 5× slower.
  const grams = (text: string) => {
    const counts = new Map<number, number>()
    for (let i = 0; i < text.length - 1; i++) {
      const gram = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1)
      counts.set(gram, (counts.get(gram) ?? 0) + 1)
    }
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
  const match = line.length <= SOURCE_MAX ? SOURCE.exec(line) : null
  if (!match) return undefined
  const url = match[1] ?? ''
  if (url === '') return { url: null }
  return /^https?:\/\/\S+$/i.test(url) ? { url } : undefined
}
