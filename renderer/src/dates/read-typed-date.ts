// A day typed by a person, read back to `YYYY-MM-DD`: the way the app writes dates ("18 Oct 2025",
// "18 ต.ค. 2568"), month names short or long in English or Thai, day/month/year with / . or -
// (day first, as in Thai and British use), or ISO. A year past 2400 is a Buddhist-era year (an
// article of this reform period is dated 1900–2100 in the common era), so either count may be typed.
const BUDDHIST_OFFSET = 543

export type TypedDate = { ok: true; iso: string } | { ok: false; problem: 'unreadable' | 'noSuchDay' }

/** Every month's names, lower-cased, without a final dot: `oct`, `october`, `ต.ค`, `ตุลาคม`. */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const names = new Map<string, number>()
  for (const locale of ['en-GB', 'en-US', 'th-TH'])
    for (const month of ['short', 'long'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' })
      for (let m = 0; m < 12; m++) names.set(bare(format.format(Date.UTC(2025, m, 15))), m + 1)
    }
  return names
})()

function bare(name: string): string {
  return name.toLowerCase().replace(/\.$/, '')
}

export function readTypedDate(typed: string): TypedDate {
  // Era marks say which count the year is in; the size of the year says it too.
  const text = typed
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/(พ\.ศ\.|ค\.ศ\.|\bb\.?e\.?|\ba\.?d\.?|\bc\.?e\.?)/g, ' ')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const parts =
    iso(text) ?? dayMonthYear(text) ?? named(/^(\d{1,2}) ?([^\d\s]+) ?(\d{4})$/, text, 1, 2) ?? namedFirst(text)
  if (!parts) return { ok: false, problem: 'unreadable' }
  const [day, month, typedYear] = parts
  const year = typedYear > 2400 ? typedYear - BUDDHIST_OFFSET : typedYear
  const days = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0
  if (year < 1900 || year > 2100 || day < 1 || day > days) return { ok: false, problem: 'noSuchDay' }
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` }
}

type Parts = [day: number, month: number, year: number]

function iso(text: string): Parts | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  return match ? [Number(match[3]), Number(match[2]), Number(match[1])] : null
}

function dayMonthYear(text: string): Parts | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null
}

/** "18 Oct 2025", "18ต.ค.2568": the day, a month's name, the year. */
function named(pattern: RegExp, text: string, dayAt: number, monthAt: number): Parts | null {
  const match = pattern.exec(text)
  const month = match ? MONTHS.get(bare(match[monthAt] as string)) : undefined
  return match && month ? [Number(match[dayAt]), month, Number(match[3])] : null
}

/** "Oct 18 2025", as American English writes it. */
function namedFirst(text: string): Parts | null {
  const match = /^([^\d\s]+) (\d{1,2}) (\d{4})$/.exec(text)
  const month = match ? MONTHS.get(bare(match[1] as string)) : undefined
  return match && month ? [Number(match[2]), month, Number(match[3])] : null
}

const pad = (n: number) => String(n).padStart(2, '0')
