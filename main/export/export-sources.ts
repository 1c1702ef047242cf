// The export's sources (collect-export.ts) over the app's services: the same answers the reader
// gets, so an export says what the screen says.
import type { AnnotationService } from '../annotations/annotation-service'
import type { Library } from '../library/library'
import type { AnnotationStore } from '../store/annotation-store'
import type { ApiHandlers } from '../api/dispatch'
import type { Link, LinkView } from '../../common/model/link-types'
import type { Article, ArticleSummary } from '../../common/model/article-types'
import type { AnnotationView, Tag } from '../../common/model/annotation-types'
import type { IndexedAnalysis, ThemeCarrier, ThemeLabel } from '../../common/model/intelligence-types'
import type { Memo } from '../../common/model/memo'
import type { ThemeMatrix } from '../../common/model/theme-matrix'
import type { ThemeDecision } from '../../common/model/theme-decision'

/** What the export reads, as the app's services answer it (start-services wires them). */
export interface ExportSources {
  list(): ArticleSummary[]
  article(id: string): Promise<Article | undefined>
  annotations(articleId: string): Promise<AnnotationView[]>
  tags(): Tag[]
  /** Every link in the store, and one article's links with both ends anchored. */
  links(): Link[]
  linkViews(articleId: string): Promise<LinkView[]>
  memos(): Memo[]
  /** The index's analysis with the user's citation verdicts honoured; null before it is indexed. */
  analysis(articleId: string): Promise<IndexedAnalysis | null>
  themeDecisions(): ThemeDecision[]
  themes(): ThemeLabel[]
  /** The articles that carry a theme's cues, and whether detection shows it as theirs. */
  themeCarriers(themeId: string): Promise<ThemeCarrier[]>
  /** The themes view's matrix, of these articles or (none given) of the whole library. */
  themeMatrix(articleIds?: string[]): Promise<ThemeMatrix>
  userName: string
}

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
