// What the library remembers about each file between launches (the persisted index).
import type { ArticleHeader } from '../../common/model/article-types'

export interface IndexedArticle extends ArticleHeader {
  /** Stable across renames and edits: assigned once, then carried along the path history. */
  id: string
  folder: string
  /** Path relative to `folder`, with forward slashes. */
  path: string
  size: number
  mtimeMs: number
  /** sha256 of the file's bytes. */
  hash: string
  /** Earlier content hashes, newest last: annotations re-anchor against a changed text. */
  previousHashes: string[]
  /** Earlier relative paths, newest last. */
  pathHistory: string[]
  blockCount: number
}

export interface UnreadableFile {
  folder: string
  path: string
  reason: string
  /** Set when the content failed (a parse error, over the time budget): not parsed again until these change. */
  size?: number
  mtimeMs?: number
}

export interface LibraryFolder {
  path: string
  /** The sample articles shipped with the app: their path is recomputed at each launch. */
  bundled: boolean
}

export interface LibraryIndexFile {
  version: 1
  folders: LibraryFolder[]
  articles: IndexedArticle[]
  unreadable: UnreadableFile[]
  /** Articles whose file vanished: a file that reappears with the same content gets its id back. */
  departed: IndexedArticle[]
}

/** A file found in a folder scan, before it is read. */
export interface ScannedFile {
  /** Relative to the scanned folder, forward slashes. */
  path: string
  size: number
  mtimeMs: number
}
