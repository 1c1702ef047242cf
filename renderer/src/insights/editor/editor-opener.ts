// How the About tab opens the theme editor, which the app shows in the library's place: on one
// theme (its "Edit cues") or on all of them. A context, as the review's opener is.
import { createContext, useContext } from 'react'

/** Opens the editor on a theme (by id), or on the whole ontology (null); null where there is no editor. */
export const ThemeEditorOpener = createContext<((themeId: string | null) => void) | null>(null)

export const useThemeEditorOpener = () => useContext(ThemeEditorOpener)
