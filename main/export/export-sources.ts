// The export's sources (collect-export.ts) over the app's services: the same answers the reader
// gets, so an export says what the screen says.
import type { AnnotationService } from '../annotations/annotation-service'
import type { Library } from '../library/library'
import type { AnnotationStore } from '../store/annotation-store'
import type { ApiHandlers } from '../api/dispatch'
import type { ExportSources } from './collect-export'

export function exportSourcesOf(deps: {
  library: Library
  annotations: AnnotationService
  store: Pick<AnnotationStore, 'links'>
  /** The API's own answers, where it adds to the services (citation verdicts, the ontology);
   * a getter, as the handlers are made with the export among them. */
  api: () => Pick<ApiHandlers, 'getArticleAnalysis' | 'listThemes' | 'listThemeArticles' | 'getThemeMatrix'>
  userName: string
}): ExportSources {
  const { library, annotations, store, api } = deps
  return {
    list: () => library.list(),
    article: (id) => library.get(id),
    annotations: (id) => annotations.list(id),
    tags: () => annotations.tags(),
    links: () => store.links.all(),
    linkViews: (id) => annotations.links.list(id),
    memos: () => annotations.memos.all(),
    analysis: async (id) => api().getArticleAnalysis({ id }),
    themeDecisions: () => annotations.themeDecisions(),
    themes: () => (api().listThemes({}) as Awaited<ReturnType<ApiHandlers['listThemes']>>).themes,
    themeCarriers: async (theme) => (await api().listThemeArticles({ theme, limit: 100_000 })).articles,
    themeMatrix: async (articles) => api().getThemeMatrix({ articles }),
    userName: deps.userName
  }
}
