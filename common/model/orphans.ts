// Annotations whose article is gone from the library (its folder removed, its file deleted or
// changed beyond recognition): kept, listed with where they came from, until the user deletes them
// or the article comes back.
import type { HighlightColor } from './annotation-types'

export interface OrphanAnnotation {
  id: string
  quote: string
  note: string
  /** Tag names (not ids): the codebook may change, the list is read as it is now. */
  tags: string[]
  color: HighlightColor
  modified: string
}

export interface OrphanGroup {
  /** The id the annotations were made under; an article that comes back takes it again. */
  articleId: string
  /** Where the article was last seen, when the library still remembers it. */
  source: { title: string; file: string; folder: string } | null
  annotations: OrphanAnnotation[]
}
