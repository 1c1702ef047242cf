// What main tells the renderer changed, as typed events: each names what changed (ids), so the
// renderer refetches only that, or carries the new value when it is small (a status, counts). The
// long poll `waitForChanges` answers with the events after the client's version, in order.
import type {
  AnnotationStoreStatus,
  ExportProgress,
  ImportProgress,
  ImportReport,
  LibraryStatus
} from '../model/app-status'
import type { SearchIndexStatus } from '../model/search-types'

/** One article's annotations in brief: what the library's badge and filters show. */
export interface ArticleAnnotationFacts {
  count: number
  colors: string[]
  tags: string[]
}

export type ChangeEvent =
  /** Library entries (article ids): added, changed (text, title, file) or removed. */
  | { kind: 'library'; added: string[]; changed: string[]; removed: string[] }
  /** The folder list or a folder's unreadable files or article count. */
  | { kind: 'folders' }
  /** Annotations changed in these articles; each with its new count, colours and tags. */
  | { kind: 'annotations'; articles: Record<string, ArticleAnnotationFacts> }
  /** Codebook entries (tag ids) created or edited, and removed. */
  | { kind: 'codebook'; changed: string[]; removed: string[] }
  /** The user's theme decisions changed in these articles (ids), for these themes (ids). */
  | { kind: 'theme-decisions'; articles: string[]; themes: string[] }
  /** These articles' other copies (near-duplicates) or group changed: after a sync, or a pair
   * dismissed (or its dismissal undone). The library's group marks change with them. */
  | { kind: 'near-duplicates'; articles: string[] }
  /** Links changed (created, edited, deleted, or undone) with an end in these articles. */
  | { kind: 'links'; articles: string[] }
  /** The user's verdicts on resolved citations changed in these articles, moving these documents'
   * citations (known-document keys, codes or Thai names): the documents views and those articles' About tabs. */
  | { kind: 'citation-decisions'; articles: string[]; documents: string[] }
  /** Memos changed in these articles (written, deleted, or undone): each with its memo's first line
   * now, or null when it has none, so the library's marks are patched in place. */
  | { kind: 'memos'; articles: Record<string, string | null> }
  /** New usage counts (annotations in all articles) of the tags whose count changed. */
  | { kind: 'tag-usage'; counts: Record<string, number> }
  | { kind: 'search'; status: SearchIndexStatus }
  /** The domain word list changed (the user kept a word, or dropped one of theirs): the whole list,
   * to cut with from now on (it is small), and the words added and removed by this change. */
  | { kind: 'domain-words'; words: string[]; added: string[]; removed: string[] }
  /** The user edited the theme ontology: these themes (ids) were added, changed or removed, and
   * the ontology is at `version` now. The index detects again, then publishes a new search version. */
  | { kind: 'theme-ontology'; themes: string[]; version: string }
  /** Store health and the undo/redo labels. */
  | { kind: 'store'; status: AnnotationStoreStatus }
  | { kind: 'import'; importing: ImportProgress | null; lastImport: ImportReport | null }
  | { kind: 'notices'; notices: string[] }
  /** An export's progress (articles collected), and null when it is done. */
  | { kind: 'export'; exporting: ExportProgress | null }

export type ChangeKind = ChangeEvent['kind']

/** Kinds that carry a whole current value: a newer one makes the older one worthless. */
export const SUPERSEDING_KINDS: ReadonlySet<ChangeKind> = new Set([
  'folders',
  'search',
  'store',
  'import',
  'notices',
  'domain-words',
  'export'
])

export type ChangesAnswer =
  /** The events after `since`, oldest first; `version` is the `since` of the next call. */
  | { kind: 'changes'; version: number; events: ChangeEvent[] }
  /** The client's version is unknown or older than the kept log: refetch everything. */
  | { kind: 'reset'; version: number; status: LibraryStatus }
