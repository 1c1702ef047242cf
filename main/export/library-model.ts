// The model of a library-wide themes matrix: no article is read (the matrix already holds every
// article's themes), so it carries the scope, the themes and the count the dialog shows.
import type { ExportRequest } from '../../common/model/export'
import type { ExportSources } from './export-sources'
import type { ExportModel } from './export-model'

export function libraryModel(sources: ExportSources, request: ExportRequest, now?: () => Date): ExportModel {
  const articles = sources.list().length
  return {
    generatedAt: (now?.() ?? new Date()).toISOString(),
    user: sources.userName,
    scope: request.scope,
    scopeLabel: 'The whole library',
    grouping: request.grouping,
    articles: [],
    tags: [],
    themes: sources.themes().map(({ id, label }) => ({ id, label })),
    links: [],
    counts: { articles, highlights: 0, orphans: 0, links: 0, memos: 0, themes: 0 }
  }
}
