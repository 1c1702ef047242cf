// The order of related passages: most shared first; on a tie, the article nearest in date to the
// open one (a reform told in the same months), then the newer. Used by each shard for its own
// best and by main to merge the shards' lists, so both agree.

/** Days since 1970 of `YYYY-MM-DD`, or of mid-year for a year alone; null when neither is known. */
export function dayOf(date: string | null, year: number | null = null): number | null {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const time = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
    return Math.floor(time / 86_400_000)
  }
  const whole = year ?? (date && /^\d{4}$/.test(date) ? Number(date) : null)
  return whole === null ? null : Math.floor(Date.UTC(whole, 6, 1) / 86_400_000)
}

export interface Orderable {
  id: string
  score: number
  day: number | null
}

export function relatedOrder(sourceDay: number | null): (a: Orderable, b: Orderable) => number {
  const distance = (day: number | null) =>
    day === null ? Number.POSITIVE_INFINITY : sourceDay === null ? 0 : Math.abs(day - sourceDay)
  return (a, b) =>
    b.score - a.score ||
    distance(a.day) - distance(b.day) ||
    (b.day ?? Number.NEGATIVE_INFINITY) - (a.day ?? Number.NEGATIVE_INFINITY) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
