// What the app is doing and how it stands: folders and their unreadable files, an import's
// progress and report, the store's health and undo state, the search index's state.
import type { SearchIndexStatus } from './search-types'

export interface FolderStatus {
  path: string
  bundled: boolean
  articleCount: number
  /** Annotations on the folder's articles, and how many articles have any: removing it asks first. */
  annotationCount: number
  annotatedArticles: number
  unreadable: { path: string; reason: string }[]
}

export interface ImportProgress {
  folder: string
  done: number
  total: number
}

export interface ImportReport {
  folder: string
  added: number
  changed: number
  unchanged: number
  unreadable: number
  cancelled: boolean
  error: string | null
  /** Files with lines too long to be paragraphs, split by the parser (each article also warns). */
  longLineFiles?: string[]
}

/** What the status bar, banners and import controls show; each part also arrives as a change event. */
/** An export under way: articles collected of those in its scope. */
export interface ExportProgress {
  done: number
  total: number
}

export interface LibraryStatus {
  importing: ImportProgress | null
  /** Null unless an export is collecting its articles. */
  exporting: ExportProgress | null
  lastImport: ImportReport | null
  /** Things the user should know: a damaged index set aside, a store recovered from a backup. */
  notices: string[]
  annotations: AnnotationStoreStatus
  /** The full-text index: loading, catching up with the library (with progress), or ready. */
  search: SearchIndexStatus
}

export interface AnnotationStoreStatus {
  /** False when the store was refused (written by a newer version): nothing can be changed. */
  writable: boolean
  /** Changes not yet on disk (a write is coalescing, running or failed). */
  unsaved: boolean
  /** Set while writes fail; the banner stays until a write succeeds. */
  writeError: string | null
  undo: string | null
  redo: string | null
}
