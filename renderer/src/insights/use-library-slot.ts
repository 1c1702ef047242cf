// What shows in the library's place: a theme's review list or the theme editor (one or the other,
// the editor on one theme or on all), both opened from the About tab. A new search closes either:
// its results show in the library.
import { useCallback, useState } from 'react'

export function useLibrarySlot(searchQuery: string) {
  const [review, setReview] = useState<{ themeId: string; query: string } | null>(null)
  const [editor, setEditor] = useState<{ themeId: string | null; query: string } | null>(null)
  if (review && review.query !== searchQuery) setReview(null)
  if (editor && editor.query !== searchQuery) setEditor(null)
  const openReview = useCallback(
    (themeId: string) => {
      setEditor(null)
      setReview({ themeId, query: searchQuery })
    },
    [searchQuery]
  )
  const openEditor = useCallback(
    (themeId: string | null) => {
      setReview(null)
      setEditor({ themeId, query: searchQuery })
    },
    [searchQuery]
  )
  return {
    /** The theme under review, or null. */
    reviewTheme: review?.themeId ?? null,
    /** The editor, on `themeId` (null: all themes), or null when closed. */
    editor,
    openReview,
    closeReview: useCallback(() => setReview(null), []),
    openEditor,
    closeEditor: useCallback(() => setEditor(null), [])
  }
}
