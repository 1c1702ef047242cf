// The review list's checked rows, as immutable sets of article ids: React state holds the set,
// and each change makes a new one. Only the shown rows are ever acted on (see `chosenRows`).
import type { ReviewRow } from './review-rows'

export const NOTHING: ReadonlySet<string> = new Set()

export function toggled(selected: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(selected)
  if (!next.delete(id)) next.add(id)
  return next
}

/** Every shown row checked, or, when all already are, none of them (the header checkbox). */
export function withAllShown(selected: ReadonlySet<string>, shown: readonly ReviewRow[]): ReadonlySet<string> {
  if (allShownSelected(selected, shown)) return NOTHING
  return new Set([...selected, ...shown.map((row) => row.id)])
}

export const allShownSelected = (selected: ReadonlySet<string>, shown: readonly ReviewRow[]): boolean =>
  shown.length > 0 && shown.every((row) => selected.has(row.id))

/** Shift+arrow: the rows from `from` to `to` (both included) are added to the selection. */
export function extended(
  selected: ReadonlySet<string>,
  shown: readonly ReviewRow[],
  from: number,
  to: number
): ReadonlySet<string> {
  const next = new Set(selected)
  for (let at = Math.max(0, Math.min(from, to)); at <= Math.max(from, to) && at < shown.length; at++)
    next.add((shown[at] as ReviewRow).id)
  return next
}

/** The checked rows among those shown, in list order; or the cursor's row when none is checked. */
export function chosenRows(selected: ReadonlySet<string>, shown: readonly ReviewRow[], cursor = -1): ReviewRow[] {
  const checked = shown.filter((row) => selected.has(row.id))
  const atCursor = shown[cursor]
  return checked.length > 0 || !atCursor ? checked : [atCursor]
}
