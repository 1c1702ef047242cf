// The scopes the dialog offers and how each becomes the API's ExportScope, given what is on screen:
// the article in the pane in use, the two panes' articles, the library list, the codebook and the
// themes. A choice remembered from earlier that no longer applies falls back to one that does.
import type { ExportFormat, ExportGrouping, ExportScope } from '../../../common/model/export'

export type ScopeKind = 'article' | 'both' | 'library' | 'tag' | 'theme' | 'all'

export interface ExportChoice {
  format: ExportFormat
  scope: ScopeKind
  /** Kept while another scope is chosen, so going back to "a tag" finds the same tag. */
  tagId: string | null
  themeId: string | null
  grouping: ExportGrouping
}

export interface ScopeContext {
  /** The article open in the pane in use. */
  activeArticleId: string | null
  /** Both panes' articles, when two panes show two different articles. */
  bothArticleIds: readonly [string, string] | null
  /** What the library list shows, or null when that is not known. */
  libraryIds: readonly string[] | null
}

/** The scope context of the reader panes: `openIds` by session, `shown` and `active` as PaneLayout has them. */
export function panesContext(
  openIds: ReadonlyArray<string | null>,
  shown: readonly number[],
  active: number,
  libraryIds: readonly string[] | null
): ScopeContext {
  const [left, right] = shown.map((index) => openIds[index] ?? null)
  return {
    activeArticleId: openIds[active] ?? null,
    bothArticleIds: shown.length === 2 && left && right && left !== right ? [left, right] : null,
    libraryIds
  }
}

export const DEFAULT_CHOICE: ExportChoice = {
  format: 'md',
  scope: 'article',
  tagId: null,
  themeId: null,
  grouping: 'article'
}

/** The API scope for a choice, or null when the choice cannot apply now (nothing open, no tag chosen). */
export function toExportScope(choice: ExportChoice, context: ScopeContext): ExportScope | null {
  switch (choice.scope) {
    case 'article':
      return context.activeArticleId ? { kind: 'articles', articleIds: [context.activeArticleId] } : null
    case 'both':
      return context.bothArticleIds ? { kind: 'articles', articleIds: [...context.bothArticleIds] } : null
    case 'library':
      return context.libraryIds?.length ? { kind: 'articles', articleIds: [...context.libraryIds] } : null
    case 'tag':
      return choice.tagId ? { kind: 'tag', tagId: choice.tagId } : null
    case 'theme':
      return choice.themeId ? { kind: 'theme', themeId: choice.themeId } : null
    case 'all':
      return { kind: 'all' }
  }
}

/** Whether a scope can be chosen at all now (a tag or theme scope can, and then asks which). */
export function scopeAvailable(kind: ScopeKind, context: ScopeContext): boolean {
  if (kind === 'article') return context.activeArticleId !== null
  if (kind === 'both') return context.bothArticleIds !== null
  if (kind === 'library') return (context.libraryIds?.length ?? 0) > 0
  return true
}

/** The remembered choice, its scope moved to "this article" (or everything) if it cannot apply. */
export function usableChoice(choice: ExportChoice, context: ScopeContext): ExportChoice {
  if (scopeAvailable(choice.scope, context)) return choice
  return { ...choice, scope: context.activeArticleId ? 'article' : 'all' }
}

/** Markdown notes and the report group their highlights; the other formats have one shape. */
export const groupsHighlights = (format: ExportFormat): boolean =>
  format === 'md' || format === 'html' || format === 'pdf'
