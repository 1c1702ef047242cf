// Method names alone, without schemas: the sandboxed preload needs only these, and importing the
// contract there would bundle zod into it for nothing. contract.ts checks it defines exactly these.
export const apiMethodNames = [
  'listArticles',
  'getArticleSummaries',
  'getArticle',
  'getOriginal',
  'openSource',
  'listFolders',
  'getDomainWords',
  'addDomainWord',
  'removeDomainWord',
  'getArticleAnalysis',
  'listThemes',
  'getThemeOntology',
  'editThemeOntology',
  'listCitingArticles',
  'listThemeArticles',
  'chooseFolder',
  'importFolder',
  'cancelImport',
  'removeFolder',
  'waitForChanges',
  'listAnnotations',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'reattachAnnotation',
  'listTags',
  'countTagUsage',
  'createTag',
  'updateTag',
  'mergeTags',
  'deleteTag',
  'undo',
  'redo',
  'setThemeDecisions',
  'getThemeDecisions',
  'getArticleCopies',
  'listCopyGroups',
  'dismissNearDuplicate',
  'search',
  'listArticleFacets',
  'listPassages',
  'getReaderLayout',
  'saveReaderLayout'
] as const

export type ApiMethodName = (typeof apiMethodNames)[number]

/** IPC channel names are derived, never typed by hand. */
export const ipcChannel = (name: ApiMethodName): string => `crossread:${name}`
