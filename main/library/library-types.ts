// What the library remembers about each file between launches (the persisted index).

export interface IndexedArticle {
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
  title: string
  titleConfidence: number
  titleHow: string
  titleDerived: boolean
  outlet: string | null
  outletConfidence: number
  date: string | null
  dateConfidence: number
  year: number | null
  sourceUrl: string | null
  blockCount: number
  warnings: string[]
}

export interface UnreadableFile {
  folder: string
  path: string
  reason: string
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
