// The shapes the renderer sees; shared by main, the API contract and the renderer.
import type { SearchIndexStatus } from '../search/search-types'

export type BlockKind = 'paragraph' | 'heading' | 'caption'

export interface ArticleBlock {
  kind: BlockKind
  text: string
}

/** What the parser says about an article's header, kept in the index and shown in the library. */
export interface ArticleHeader {
  title: string
  /** True when the file gives no title and it was taken from the first paragraph. */
  titleDerived: boolean
  /** 0..1, with how each field was found: the UI marks doubtful fields as doubtful. */
  titleConfidence: number
  titleHow: string
  outlet: string | null
  outletConfidence: number
  /** `YYYY-MM-DD`, or null when the file gives no full date. */
  date: string | null
  dateConfidence: number
  /** A year the header states without a full date. */
  year: number | null
  sourceUrl: string | null
  warnings: string[]
}

export interface ArticleSummary extends ArticleHeader {
  /** Stable across renames and edits; never a path (the renderer cannot turn it into one). */
  id: string
  /** The library folder, as the user chose it ('Bundled samples' for the shipped articles). */
  folder: string
  /** Path inside the folder. */
  file: string
  annotationCount: number
  /** Changes when the file's content changes: the reader reloads an open article on it. */
  contentHash: string
}

export interface Article {
  summary: ArticleSummary
  blocks: ArticleBlock[]
}

/** The untouched (normalised) file, each line marked with why it was removed, if it was. */
export interface OriginalView {
  encoding: string
  lines: { number: number; text: string; removed: string | null }[]
}

export interface FolderStatus {
  path: string
  bundled: boolean
  articleCount: number
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
}

/** What the status bar, banners and import controls show; each part also arrives as a change event. */
export interface LibraryStatus {
  importing: ImportProgress | null
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
