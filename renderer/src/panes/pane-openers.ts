// How any view opens an article in a reader: in the pane in use ("here") or in the other pane
// ("beside", opening a second pane if there is none). A context, since the views that open articles
// (search results, the About tab, related passages, documents, passages) sit deep in other trees.
import { createContext, useContext } from 'react'

/** Where to open an article: at an annotation, at a text range (UTF-16 offsets into the article's
 * text, as annotations and citations give them), or at its top. */
export interface ReaderTarget {
  articleId: string
  annotationId?: string
  range?: { start: number; end: number }
  /** Words to mark with the reader's find bar (a search's query, as its results open). */
  find?: string
}

export interface PaneOpeners {
  here: (target: ReaderTarget) => void
  beside: (target: ReaderTarget) => void
}

/** Null where the app shows no reader (a component test, another host). */
export const PaneOpenerContext = createContext<PaneOpeners | null>(null)

export const usePaneOpeners = () => useContext(PaneOpenerContext)
