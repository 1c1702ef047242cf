// How a copy listed in the About tab opens in the reader: a context, not a prop, since the About
// tab sits three components deep in the annotations sidebar (as review-opener.ts does for reviews).
import { createContext, useContext } from 'react'

/** Opens an article by id; null where the app shows no reader (a test, another host). */
export const ArticleOpener = createContext<((articleId: string) => void) | null>(null)

export const useArticleOpener = () => useContext(ArticleOpener)
