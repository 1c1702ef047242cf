// The related order (related-order.ts) as one number per article, larger first, so that a shard
// picks its best among thousands with a typed-array sort instead of a comparator over objects:
// twice the score (every weight is a multiple of 0.5), then the nearness of the date to the open
// article's, then the newer. Days are days since 1970, NaN when unknown.
const FAR = 99_999

export function rankKey(score: number, day: number, sourceDay: number | null): number {
  const dated = !Number.isNaN(day)
  const distance = !dated ? FAR : sourceDay === null ? 0 : Math.min(FAR - 1, Math.abs(day - sourceDay))
  const newer = dated ? Math.max(0, Math.min(FAR, day + 50_000)) : 0
  return score * 2 * 1e10 + (FAR - distance) * 1e5 + newer
}

/** The slots of the `limit` largest keys, best first; equal keys in id order (`ids` by slot). */
export function bestSlots(
  touched: readonly number[],
  keys: Float64Array,
  limit: number,
  ids: readonly string[]
): number[] {
  if (limit <= 0 || touched.length === 0) return []
  const threshold = Float64Array.from(keys).sort()[Math.max(0, keys.length - limit)] as number
  const chosen = touched.map((slot, i) => [slot, keys[i] as number] as const).filter(([, key]) => key >= threshold)
  chosen.sort((a, b) => b[1] - a[1] || ((ids[a[0]] as string) < (ids[b[0]] as string) ? -1 : 1))
  return chosen.slice(0, limit).map(([slot]) => slot)
}
