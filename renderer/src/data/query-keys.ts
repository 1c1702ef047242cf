// Every query the renderer keeps, by key: a change event names which of these it makes stale.
export const keys = {
  articles: ['articles'],
  folders: ['folders'],
  facets: ['facets'],
  annotationsOf: (articleId: string) => ['annotations', articleId],
  tags: ['tags'],
  tagUsage: ['tag-usage'],
  themeDecisionsOf: (articleId: string) => ['theme-decisions', articleId],
  /** By content hash too: a file that changed has another analysis. */
  analysisOf: (articleId: string, contentHash: string) => ['analysis', articleId, contentHash],
  themes: ['themes'],
  /** Not fetched: set from the long poll's answers (import progress, store health, index state). */
  status: ['status'],
  /** Why the long poll is failing, while it is. */
  feedError: ['feed-error']
} as const
