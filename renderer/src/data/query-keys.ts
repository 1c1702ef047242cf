// Every query the renderer keeps, by key: a change event names which of these it makes stale.
import type { PassageFilter, PassageSort } from '../../../common/model/passages'
import type { TextRange } from '../../../common/model/related'

/** A filter as one string, its fields in a fixed order (a key must not depend on how it was built). */
export const passageFilterKey = ({ tag, includeSubTags, color, theme, linkKind }: PassageFilter): string =>
  JSON.stringify({
    tag,
    includeSubTags: tag === undefined ? undefined : includeSubTags === true,
    color,
    theme,
    linkKind
  })

export const keys = {
  articles: ['articles'],
  folders: ['folders'],
  facets: ['facets'],
  annotationsOf: (articleId: string) => ['annotations', articleId],
  tags: ['tags'],
  tagUsage: ['tag-usage'],
  themeDecisionsOf: (articleId: string) => ['theme-decisions', articleId],
  /** Every article's decisions, for the review list (a key of its own: article ids are not a prefix of it). */
  allThemeDecisions: ['all-theme-decisions'],
  /** A theme's carriers, strongest first; `themeArticleCount` is the same list's total alone. */
  themeArticles: (themeId: string) => ['theme-articles', themeId],
  themeArticleCount: (themeId: string) => ['theme-articles', themeId, 'count'],
  /** Every key whose answer comes from the index's analyses: stale once the index has synced. */
  analysed: [['analysis'], ['theme-articles'], ['themes'], ['documents'], ['related'], ['theme-matrix']],
  /** By content hash too: a file that changed has another analysis. */
  analysisOf: (articleId: string, contentHash: string) => ['analysis', articleId, contentHash],
  themes: ['themes'],
  /** The themes view's matrix (every article by every theme), patched by theme-decision events. */
  themeMatrix: ['theme-matrix'],
  /** The documents view (list by sort, one document's citations, the review list), under one prefix:
   * a new index version or a citation verdict makes them stale (they are small). */
  documents: ['documents'],
  documentList: (sort: string) => ['documents', 'list', sort],
  documentCitations: (document: string) => ['documents', 'citations', document],
  citationReview: (filter: string, document: string | null) => ['documents', 'review', filter, document],
  /** The whole ontology with which parts are the user's, for the theme editor. */
  ontology: ['theme-ontology'],
  /** The passages view's pages (passages across articles), all under one prefix: any annotation,
   * codebook, library or theme-verdict change makes every page stale (they are small; only those
   * on screen are fetched again). */
  passages: ['passages'],
  passagePage: (filter: PassageFilter, sort: PassageSort, page: number) =>
    ['passages', passageFilterKey(filter), sort, page] as const,
  /** An article's typed links (both ends, anchored), all under one prefix. */
  links: ['links'],
  linksOf: (articleId: string) => ['links', articleId],
  /** Every memo's first line by article (the library's marks), patched by memo events; one article's memo. */
  memoMarks: ['memo-marks'],
  memoOf: (articleId: string) => ['memo', articleId],
  /** Every group of copies of one story (the library's marks), and one article's other copies. */
  copyGroups: ['copy-groups'],
  copiesOf: (articleId: string) => ['copies', articleId],
  /** Related passages of an article's text, or of a range of it; all stale on any theme verdict,
   * library or copies change (they rank and head every listed article). */
  related: ['related'],
  relatedOf: (articleId: string, contentHash: string, range: TextRange | null) =>
    ['related', articleId, contentHash, range?.start ?? null, range?.end ?? null] as const,
  /** Annotations whose article is gone from the library: stale on any library, folder or annotation change. */
  orphans: ['orphans'],
  /** Not fetched: set from the long poll's answers (import progress, store health, index state). */
  status: ['status'],
  /** Why the long poll is failing, while it is. */
  feedError: ['feed-error']
} as const
