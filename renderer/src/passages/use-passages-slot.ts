// Whether the passages view is open in the library's place, and on which filter. It shares the
// place with the theme review and editor (insights/use-library-slot.ts): opening it closes them,
// and either opening closes it. Like them, a new search closes it: its results show in the library.
import { useCallback, useState } from 'react'
import type { PassageFilter } from '../../../common/model/passages'

/** The other views of the library's place, as use-library-slot.ts gives them. */
interface OtherViews {
  reviewTheme: string | null
  editor: unknown
  closeReview: () => void
  closeEditor: () => void
}

export interface PassagesSlot {
  /** The filter it was opened on (the view changes it from there), or null when closed. */
  filter: PassageFilter | null
  /** Counts the openings: opened again (another tag's count) it starts afresh. */
  opening: number
  open: (filter: PassageFilter) => void
  close: () => void
}

export function usePassagesSlot(searchQuery: string, others: OtherViews): PassagesSlot {
  const [state, setState] = useState<{ filter: PassageFilter; query: string } | null>(null)
  const [opening, setOpening] = useState(0)
  // Opening the passages closes the others in the same update: one still open was opened after.
  if (state && (state.query !== searchQuery || others.reviewTheme !== null || others.editor !== null)) setState(null)
  const { closeReview, closeEditor } = others
  const open = useCallback(
    (filter: PassageFilter) => {
      closeReview()
      closeEditor()
      setState({ filter, query: searchQuery })
      setOpening((n) => n + 1)
    },
    [searchQuery, closeReview, closeEditor]
  )
  const close = useCallback(() => setState(null), [])
  return { filter: state?.filter ?? null, opening, open, close }
}
