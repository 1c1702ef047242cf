// The documents list's timeline: every month from the library's first citing month to its last
// (so the strips of all documents line up, one column a month), each document's articles per
// month in it. Spans over eight years are drawn by year, to stay legible in a narrow column.

import type { TFunction } from 'i18next'

export type MonthCounts = ReadonlyArray<readonly [month: string, articles: number]>

export interface TimeAxis {
  /** `YYYY-MM`, or `YYYY` when drawn by year. */
  slots: string[]
  byYear: boolean
}

const MAX_MONTHS = 96

export function timeAxis(all: Iterable<MonthCounts>): TimeAxis {
  let first: string | null = null
  let last: string | null = null
  for (const months of all)
    for (const [month] of months) {
      if (first === null || month < first) first = month
      if (last === null || month > last) last = month
    }
  if (first === null || last === null) return { slots: [], byYear: false }
  const slots: string[] = []
  let [year, month] = first.split('-').map(Number) as [number, number]
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number]
  if ((lastYear - year) * 12 + lastMonth - month >= MAX_MONTHS) {
    for (let y = year; y <= lastYear; y++) slots.push(String(y))
    return { slots, byYear: true }
  }
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    slots.push(`${year}-${String(month).padStart(2, '0')}`)
    if (++month > 12) [year, month] = [year + 1, 1]
  }
  return { slots, byYear: false }
}

/** The document's count in each slot of the axis. */
export function countsOnAxis(months: MonthCounts, axis: TimeAxis): number[] {
  const at = new Map(axis.slots.map((slot, index) => [slot, index]))
  const counts = axis.slots.map(() => 0)
  for (const [month, articles] of months) {
    const index = at.get(axis.byYear ? month.slice(0, 4) : month)
    if (index !== undefined) counts[index] = (counts[index] ?? 0) + articles
  }
  return counts
}

/** What the strip shows, in words (its accessible name). */
export function describeMonths(months: MonthCounts, undated: number, t: TFunction<'documents'>): string {
  const dated = months.reduce((sum, [, n]) => sum + n, 0)
  const parts: string[] = []
  if (months.length > 0) {
    const busiest = months.reduce((best, entry) => (entry[1] > best[1] ? entry : best))
    const span =
      months.length === 1 ? months[0]?.[0] : t('monthsSpan', { from: months[0]?.[0], to: months.at(-1)?.[0] })
    parts.push(t('monthsDated', { count: dated, span, busiest: busiest[0], most: busiest[1] }))
  }
  if (undated > 0) parts.push(t('monthsUndated', { count: undated }))
  return parts.join('; ') || t('monthsNone')
}
