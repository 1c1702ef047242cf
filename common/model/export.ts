// What the Export dialog, the command line and main agree on: the formats, what an export covers
// (its scope), how highlights are grouped, and what an export or an import answers.

export const EXPORT_FORMATS = ['md', 'csv', 'w3c', 'html', 'pdf', 'qdpx', 'qdc', 'themes-csv', 'documents-csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportFormatInfo {
  label: string
  extension: string
  mimeType: string
  /** Bytes that are not text (a zip, a PDF): previewed as a summary, not as lines. */
  binary: boolean
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  md: { label: 'Markdown notes', extension: 'md', mimeType: 'text/markdown', binary: false },
  csv: { label: 'Highlights as CSV', extension: 'csv', mimeType: 'text/csv', binary: false },
  w3c: { label: 'W3C Web Annotation (JSON-LD)', extension: 'jsonld', mimeType: 'application/ld+json', binary: false },
  html: { label: 'Printable report (HTML)', extension: 'html', mimeType: 'text/html', binary: false },
  pdf: { label: 'Printable report (PDF)', extension: 'pdf', mimeType: 'application/pdf', binary: true },
  qdpx: { label: 'REFI-QDA project (.qdpx)', extension: 'qdpx', mimeType: 'application/zip', binary: true },
  qdc: { label: 'REFI-QDA codebook (.qdc)', extension: 'qdc', mimeType: 'application/xml', binary: false },
  'themes-csv': { label: 'Themes matrix as CSV', extension: 'csv', mimeType: 'text/csv', binary: false },
  'documents-csv': { label: 'Cited documents as CSV', extension: 'csv', mimeType: 'text/csv', binary: false }
}

/** What an export covers. `all` is every article the user worked on (highlights, memos, links,
 * theme verdicts); for the themes matrix and the documents list it is the whole library. */
export type ExportScope =
  | { kind: 'articles'; articleIds: string[] }
  | { kind: 'tag'; tagId: string }
  | { kind: 'theme'; themeId: string }
  | { kind: 'all' }

/** How Markdown notes and the report group highlights. */
export const EXPORT_GROUPINGS = ['article', 'tag', 'theme'] as const
export type ExportGrouping = (typeof EXPORT_GROUPINGS)[number]

export interface ExportRequest {
  format: ExportFormat
  scope: ExportScope
  grouping: ExportGrouping
}

export interface ExportCounts {
  articles: number
  highlights: number
  /** Highlights whose passage could not be found in the article's current text. */
  orphans: number
  links: number
  memos: number
  themes: number
}

export interface ExportPreview {
  fileName: string
  /** The first lines of a text format; a one-line summary of a binary one. */
  lines: string[]
  counts: ExportCounts
  /** Formats this app can write (PDF needs Electron). */
  formats: ExportFormat[]
}

export type ExportResult =
  | { kind: 'saved'; path: string; bytes: number }
  | { kind: 'cancelled' }
  /** Web mode: the renderer offers the file as a download. */
  | { kind: 'download'; fileName: string; mimeType: string; base64: string }

export type ImportFormat = 'w3c' | 'qdc' | 'qdpx'

/** What an import did; an import that fails changes nothing and answers an error instead. */
export interface ImportSummary {
  format: ImportFormat
  /** Annotations and links new to the store. */
  added: number
  /** Already in the store, brought up to the file's version (ids merge: nothing doubles). */
  updated: number
  /** Already in the store as the file has them. */
  unchanged: number
  /** Codes and tags new to the codebook. */
  tagsAdded: number
  /** Theme verdicts written. */
  themeDecisions: number
  /** Passages that could not be placed: no article matched, or the quote was not found. */
  orphaned: Array<{ id: string; quote: string; reason: string }>
}

/** The largest file an import reads (checked before it is decoded): a REFI-QDA project with a
 * few thousand articles' texts, or a W3C collection of some 50,000 annotations. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024
