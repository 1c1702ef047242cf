// The lines that state an article's header fields: `Outlet - Year - Title`, `Title - Newspaper`,
// `Outlet 18/10/2025`. Linear on any line, like every line rule (see line-rules.ts): the title
// before a separator ends in a non-space (`(?<!\s)`, or `.*?\S`), so the separator's whitespace is
// read from the start of its run only, once, not again from each of its characters.

/** `Kinhtedothi - 2024 - Title` (a Buddhist-era year such as 2567 also occurs). */
const OUTLET_YEAR_TITLE = /^(\S.{0,60}?)(?<!\s)\s+[-–—|]\s+((?:19|20|25)\d{2})\s+[-–—|]\s+(\S.*)$/u

/** `… - Báo Hải Dương`, `… - หนังสือพิมพ์ Lang Son`: a newspaper named after the title. */
const TITLE_NEWSPAPER =
  /^(\S.{5}(?:.*?\S)??)\s+[-–—|]\s+((?:หนังสือพิมพ์|นิตยสาร|สำนักข่าว|báo|tạp chí|tuổi trẻ|thanh niên|vnexpress)[^-–—|]{0,40})$/iu

/** `… | Báo Thanh Hóa`, `… - VietnamPlus`: a short capitalised Latin name after the last separator. */
const LATIN_NAME_SUFFIX = /^(\S.{5}(?:.*?\S)??)\s+(?:[-–—]|\|)\s+((?:\p{Lu}[\p{L}\d.]*)(?:\s+\p{Lu}[\p{L}\d.]*){0,3})$/u

/** Header lines are headlines: longer is prose, and no /u pattern may see an unbounded line. */
const HEADER_LINE_MAX = 1000

/** `dd/mm/yyyy` (also with `.` or `-`), optionally a time after it. */
const DATE_AT_END = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u
const OUTLET_DATE_MAX = 140

/** An outlet's name is short; a suffix over three times its length cannot fold to it (folding drops accents). */
const OUTLET_MAX = 200

export function outletYearTitle(line: string): { outlet: string; year: number; title: string } | undefined {
  const match = line.length <= HEADER_LINE_MAX ? OUTLET_YEAR_TITLE.exec(line) : null
  if (!match) return undefined
  const year = gregorianYear(Number(match[2]))
  const outlet = match[1]?.trim() ?? ''
  if (year === null || outlet.split(/\s+/).length > 6) return undefined
  return { outlet, year, title: match[3]?.trim() ?? '' }
}

export function titleNewspaper(line: string): { title: string; newspaper: string } | undefined {
  if (line.length > HEADER_LINE_MAX) return undefined
  const match = TITLE_NEWSPAPER.exec(line) ?? LATIN_NAME_SUFFIX.exec(line)
  return match ? { title: match[1]?.trim() ?? '', newspaper: match[2]?.trim() ?? '' } : undefined
}

/** `Title - Báo Bà Rịa - Vũng Tàu` with the outlet already known: the title without it. */
export function withoutOutletSuffix(title: string, outlet: string): string {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/^(?:bao|tap chi)\s+/, '')
      .trim()
  if (outlet.length > OUTLET_MAX) return title
  const target = fold(outlet)
  const longest = 3 * outlet.length + 20
  for (const match of title.matchAll(/(?<!\s)\s+(?:[-–—]|\|)\s+/g)) {
    const start = match.index + match[0].length
    if (start < title.length && title.length - start <= longest && fold(title.slice(start)) === target)
      return title.slice(0, match.index).trim()
  }
  return title
}

/**
 * `Báo Nhân dânBáo Nhân dân18/10/2025`, `Báo Quảng Ninh 05/03/2025`, `12/04/2568`: an outlet
 * (often doubled by the scrape) glued to a date. Prose that merely ends in a date is not one:
 * the outlet part must be short and must not read like a Thai sentence.
 */
export function outletDate(line: string): { outlet: string | null; doubled: boolean; date: string } | undefined {
  const match = line.length <= OUTLET_DATE_MAX ? DATE_AT_END.exec(line) : null
  if (!match) return undefined
  const date = isoDate(Number(match[3]), Number(match[2]), Number(match[1]))
  if (!date) return undefined
  const prefix = line
    .slice(0, match.index)
    .replace(/[\s,|·•-]+$/u, '')
    .trim()
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
