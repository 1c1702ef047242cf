// What the importer found in a W3C file, in Crossread's terms and before any article is looked
// up: highlights, passage links, theme verdicts, and what it cannot use (with why).
import type { HighlightColor } from '../../../common/model/highlight-colors'
import type { LinkKind } from '../../../common/model/link-types'
import type { ThemeVerdict } from '../../../common/model/theme-decision'
import type { SourceParts } from '../../export/w3c/w3c-terms'

export interface ImportedPassage {
  source: SourceParts
  quote: { exact: string; prefix: string; suffix: string }
  /** Code points, as the TextPositionSelector counts; null when the file gives none. */
  position: { start: number; end: number } | null
}

interface Stamped {
  /** The annotation's id in the file (derived from its content when it has none). */
  fileId: string
  /** ISO times; null when the file gives none (the import's time is used, and it is never newer). */
  created: string | null
  modified: string | null
}

export interface ImportedHighlight extends Stamped {
  kind: 'highlight'
  passage: ImportedPassage
  color: HighlightColor
  note: string
  /** Each tag's name and its path from the codebook's root (just the name from other tools). */
  tags: Array<{ name: string; path: string[] }>
}

export interface ImportedLink extends Stamped {
  kind: 'link'
  passages: [ImportedPassage, ImportedPassage]
  linkKind: LinkKind
  note: string
}

export interface ImportedTheme extends Stamped {
  kind: 'theme'
  source: SourceParts
  themeId: string
  verdict: ThemeVerdict
  by: string
}

/** A note on a whole article: our memo, or another tool's page note (added to the memo). */
export interface ImportedMemo extends Stamped {
  kind: 'memo'
  source: SourceParts
  text: string
  /** Written by Crossread: it replaces the memo when newer, rather than being added to it. */
  own: boolean
}

/** An annotation Crossread has no place for (a page note, a reply): reported, not stored. */
export interface UnusableAnnotation {
  kind: 'unusable'
  fileId: string
  reason: string
}

export type ImportItem = ImportedHighlight | ImportedLink | ImportedTheme | ImportedMemo | UnusableAnnotation
