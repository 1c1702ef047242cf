// The passages view kept in step with the app: the index hears every annotation diff (an action,
// an undo, a redo); a change to the library (titles, dates), the codebook (sub-tags), theme
// verdicts or the index's analyses (evidence paragraphs) makes the kept orders stale.
import type { AnnotationService } from '../annotations/annotation-service'
import type { ChangeLog } from '../events/change-log'
import type { Library } from '../library/library'
import { headerOf } from '../passages/article-header'
import { PassageIndex } from '../passages/passage-index'
import { PassageQueries } from '../passages/passage-queries'
import { themePassageIds } from '../passages/theme-passages'
import { linkPassageIds } from '../links/link-passages'
import type { SearchEngine } from '../search/search-engine'
import type { AnnotationStore } from '../store/annotation-store'
import type { ChangeKind } from '../../common/api/change-events'

const OUTSIDE: ReadonlySet<ChangeKind> = new Set(['library', 'codebook', 'theme-decisions', 'theme-ontology', 'links'])

export interface FollowedPassages {
  queries: PassageQueries
  /** A backup was restored: the index and the answers cached from it go. */
  forgetAll(): void
  stop(): void
}

export function followPassages(options: {
  annotations: Pick<AnnotationService, 'onChanges' | 'themeDecisions' | 'list' | 'links'>
  store: Pick<AnnotationStore, 'visitShards' | 'tags' | 'links'>
  library: Pick<Library, 'list' | 'summaries' | 'get'>
  search: Pick<SearchEngine, 'articleAnalysis'>
  changes: ChangeLog
}): FollowedPassages {
  const { store, annotations, library, search } = options
  const index = new PassageIndex((visit) => store.visitShards(visit))
  const queries = new PassageQueries(index, {
    tags: () => store.tags,
    articles: () => library.list().map(headerOf),
    summaries: (ids) => library.summaries(ids),
    themePassages: (themeId) =>
      themePassageIds(themeId, {
        confirmedArticles: (theme) =>
          annotations
            .themeDecisions()
            .filter((decision) => decision.themeId === theme && decision.verdict === 'confirmed')
            .map((decision) => decision.articleId),
        analysis: (id) => search.articleAnalysis(id),
        article: (id) => library.get(id),
        anchored: (id) => annotations.list(id)
      }),
    linkPassages: (kind) =>
      linkPassageIds(kind, {
        links: () => store.links.all(),
        linkViews: (id) => annotations.links.list(id),
        anchored: (id) => annotations.list(id)
      })
  })
  const stopDiffs = annotations.onChanges(({ changes }) => index.apply(changes))
  let searchVersion = -1
  const stopEvents = options.changes.subscribe((event) => {
    if (OUTSIDE.has(event.kind)) queries.invalidate()
    else if (event.kind === 'search' && event.status.state === 'ready' && event.status.version !== searchVersion) {
      searchVersion = event.status.version
      queries.analysesChanged()
    }
  })
  return {
    queries,
    forgetAll: () => {
      index.forgetAll()
      queries.invalidate()
    },
    stop: () => {
      stopDiffs()
      stopEvents()
    }
  }
}
