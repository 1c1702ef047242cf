// The one in-memory model every export format is written from (collect-export.ts builds it), so
// that Markdown, CSV, W3C JSON-LD, the report and REFI-QDA say the same thing about the same work.
// Positions are Unicode code points counted from 0 in `text`, the end exclusive, as the W3C
// TextPositionSelector and REFI-QDA count them; `text` is the article's blocks joined by a blank
// line (common/text/article-text.ts), the text annotations anchor in.
import type { HighlightColor, Tag } from '../../common/model/annotation-types'
import type { BlockKind } from '../../common/model/article-types'
import type { LinkKind } from '../../common/model/link-types'
import type { Memo } from '../../common/model/memo'
import type { ExportCounts, ExportGrouping, ExportScope } from '../../common/model/export'
import type { ThemeVerdict } from '../../common/model/theme-decision'

export interface ExportModel {
  /** ISO time the export was made. */
  generatedAt: string
  /** Who made it: the user's name on this computer. */
  user: string
  scope: ExportScope
  /** The scope in words, for a cover or a front matter: `Everything`, `Tag “ปฏิรูป”`. */
  scopeLabel: string
  grouping: ExportGrouping
  /** By date (undated last), then title. */
  articles: ExportArticle[]
  /** The whole codebook (a tag's parent is always in it), in name order. */
  tags: Tag[]
  /** The ontology's themes, in its order. */
  themes: ExportThemeLabel[]
  /** Links with at least one end in an exported article. */
  links: ExportLink[]
  counts: ExportCounts
}

export interface ExportThemeLabel {
  id: string
  label: { en: string; th: string; vi?: string }
}

export interface ExportArticle {
  /** The library's stable id (W3C `source`, REFI-QDA GUIDs are derived from it). */
  id: string
  title: string
  outlet: string | null
  /** `YYYY-MM-DD` or null. */
  date: string | null
  sourceUrl: string | null
  /** The library folder as the user chose it, and the file's path inside it. */
  folder: string
  file: string
  contentHash: string
  /** Blocks joined by `\n\n`; the text positions count in. */
  text: string
  /** Code point length of `text`. */
  length: number
  blocks: Array<{ kind: BlockKind; start: number; end: number }>
  /** In text order; orphans (no place in the current text) last. */
  highlights: ExportHighlight[]
  memo: Memo | null
  /** Themes detected or decided by the user, strongest first. */
  themes: ExportArticleTheme[]
  citations: ExportCitation[]
}

/** A passage as exports give it: the quote as stored, and where it is in the current text. */
export interface ExportPassage {
  /** The quote as stored, with its 32 code points of context. */
  quote: string
  prefix: string
  suffix: string
  /** Where the passage is in the current text; null for an orphan. */
  start: number | null
  end: number | null
  anchor: 'exact' | 'moved' | 'fuzzy' | 'orphan'
}

export interface ExportHighlight extends ExportPassage {
  id: string
  color: HighlightColor
  /** `Yellow`, …: a colour is never given by its swatch alone. */
  colorName: string
  /** Tag ids (into `ExportModel.tags`) and their names, in the same order. */
  tagIds: string[]
  tagNames: string[]
  note: string
  created: string
  modified: string
}

export interface ExportArticleTheme {
  id: string
  /** 0..1. */
  strength: number
  /** Shown as the article's theme by detection. */
  detected: boolean
  verdict: ThemeVerdict | null
  /** Who decided and when; null without a verdict. */
  decidedBy: string | null
  decidedAt: string | null
  /** The paragraphs that carry the theme's cues, with the cues found there. */
  evidence: Array<{ paragraph: number; start: number; end: number; cues: string[] }>
}

export interface ExportCitation {
  /** Canonical code (`18-NQ/TW`), or null for a Thai form not resolved. */
  documentId: string | null
  /** The known document it was resolved to (`18-NQ/TW@2017`), its title and date. */
  resolvedKey: string | null
  resolvedTitle: string | null
  resolvedDate: string | null
  confidence: number
  /** Each place the article cites it. */
  mentions: Array<{ text: string; sentence: string; start: number; end: number }>
}

export interface ExportLink {
  id: string
  kind: LinkKind
  kindLabel: string
  note: string
  created: string
  modified: string
  /** From the passage selected first, to the other. */
  ends: [ExportLinkEnd, ExportLinkEnd]
}

export interface ExportLinkEnd extends ExportPassage {
  articleId: string
  /** Null when the article has left the library. */
  title: string | null
}
