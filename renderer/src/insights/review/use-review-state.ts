// The review list's own state: which verdicts it shows, which rows are checked, and where the
// keyboard cursor is. The cursor is kept by article id, so a refetch keeps it on its row; a row
// that leaves the list (decided under the "undecided" filter) leaves it on the one that follows.
import { useCallback, useMemo, useState } from 'react'
import { countByFilter, matchesFilter, type ReviewFilter, type ReviewRow } from './review-rows'
import { chosenRows, extended, NOTHING, toggled, withAllShown } from './review-selection'

export function useReviewState(rows: readonly ReviewRow[] | null) {
  const [filter, setFilterState] = useState<ReviewFilter>('all')
  const [selected, setSelected] = useState<ReadonlySet<string>>(NOTHING)
  const [cursorAt, setCursorAt] = useState<{ id: string; index: number } | null>(null)
  const shown = useMemo(() => (rows ?? []).filter((row) => matchesFilter(row, filter)), [rows, filter])
  const counts = useMemo(() => countByFilter(rows ?? []), [rows])
  const found = cursorAt ? shown.findIndex((row) => row.id === cursorAt.id) : -1
  const cursor = !cursorAt ? -1 : found >= 0 ? found : Math.min(cursorAt.index, shown.length - 1)

  const moveTo = useCallback(
    (index: number, extend = false) => {
      const row = shown[index]
      if (!row) return
      if (extend) setSelected((now) => extended(now, shown, Math.max(cursor, 0), index))
      setCursorAt({ id: row.id, index })
    },
    [shown, cursor]
  )
  // Checked rows a filter hides would be acted on unseen: a new filter starts with none checked.
  const setFilter = useCallback((next: ReviewFilter) => {
    setFilterState(next)
    setSelected(NOTHING)
    setCursorAt(null)
  }, [])

  return {
    filter,
    setFilter,
    shown,
    counts,
    selected,
    cursor,
    moveTo,
    toggle: (id: string) => setSelected((now) => toggled(now, id)),
    toggleAllShown: () => setSelected((now) => withAllShown(now, shown)),
    clearSelection: () => setSelected(NOTHING),
    /** What a bulk key acts on: the checked rows shown, or the cursor's row when none is checked. */
    chosen: () => chosenRows(selected, shown, cursor)
  }
}

export type ReviewState = ReturnType<typeof useReviewState>
