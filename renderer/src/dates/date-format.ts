// One way to write dates across the app, in the interface's language, with Buddhist-era years
// when the user wants them: an article's date ("18 Oct 2025", "18 ต.ค. 2568"), a year alone, and
// the moment an annotation was made or changed. Article dates are calendar days (no time zone):
// formatted in UTC so a reader west of Greenwich never sees the day before.
import type { InterfaceLanguage, YearStyle } from '../../../common/model/reading-settings'

export interface DateStyle {
  language: InterfaceLanguage
  yearStyle: YearStyle
}

export const DEFAULT_DATE_STYLE: DateStyle = { language: 'en', yearStyle: 'gregorian' }

const formats = new Map<string, Intl.DateTimeFormat>()

function formatter(style: DateStyle, kind: 'day' | 'year' | 'moment'): Intl.DateTimeFormat {
  const key = `${style.language}:${style.yearStyle}:${kind}`
  let format = formats.get(key)
  if (!format) {
    const calendar = style.yearStyle === 'buddhist' ? 'buddhist' : 'gregory'
    const locale = `${style.language === 'th' ? 'th-TH' : 'en-GB'}-u-ca-${calendar}`
    const options: Intl.DateTimeFormatOptions =
      kind === 'moment'
        ? { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }
        : kind === 'day'
          ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
          : { year: 'numeric', timeZone: 'UTC' }
    format = new Intl.DateTimeFormat(locale, options)
    formats.set(key, format)
  }
  return format
}

/** An article's date (yyyy-mm-dd), or its year alone; null when it has neither. */
export function formatArticleDate(date: string | null, year: number | null, style: DateStyle): string | null {
  const day = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null
  if (day) return formatter(style, 'day').format(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))
  const whole = year ?? (date && /^\d{4}$/.test(date) ? Number(date) : null)
  return whole === null ? date : formatter(style, 'year').format(Date.UTC(whole, 6, 1))
}

/** When something was made or changed (an ISO timestamp), in this computer's time zone. */
export function formatMoment(iso: string, style: DateStyle): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? iso : formatter(style, 'moment').format(time)
}
