// How a theme in the About tab opens the review list, which the app shows in the library's place.
// A context, not a prop: the About tab sits three components deep in the annotations sidebar.
import { createContext, useContext } from 'react'

/** Opens the review of a theme (by id); null where the app shows no review (a test, another host). */
export const ThemeReviewOpener = createContext<((themeId: string) => void) | null>(null)

export const useThemeReviewOpener = () => useContext(ThemeReviewOpener)
