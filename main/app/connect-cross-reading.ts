// The cross-reading services behind the documents view, the Related tab and the themes view, wired
// to the index, the store and the library: each kept in step with the index's versions and the
// user's verdicts, and all stopped when the app closes.
import { dirname } from 'node:path'
import type { AnnotationService } from '../annotations/annotation-service'
import type { HandlerDeps } from '../api/handlers'
import { followDocuments } from '../documents/follow-documents'
import type { ChangeLog } from '../events/change-log'
import type { StatusBoard } from '../events/status-board'
import type { Library } from '../library/library'
import { warmRelated } from '../related/warm-related'
import type { SearchEngine } from '../search/search-engine'
import type { AnnotationStore } from '../store/annotation-store'
import { openThemeMatrix } from '../theme-matrix/open-theme-matrix'
import type { NearDuplicates } from './connect-near-duplicates'
import type { OpenedOntology } from './connect-ontology'

interface CrossReadingDeps {
  opening: Promise<SearchEngine>
  search: Pick<SearchEngine, 'articleAnalysis'>
  store: Pick<AnnotationStore, 'citationDecisions'>
  annotations: AnnotationService
  library: Library
  status: StatusBoard
  changes: ChangeLog
  nearDuplicates: NearDuplicates
  ontology: OpenedOntology | null
  bundledFolder: string
  log?: (message: string) => void
}

export function connectCrossReading(deps: CrossReadingDeps): {
  handlerDeps: Pick<HandlerDeps, 'documents' | 'related' | 'themeMatrix'>
  stop: () => void
} {
  const { opening, search, store, annotations, library, status, changes, nearDuplicates, ontology, log } = deps
  const stopRelated = warmRelated({ opening, changes, log })
  const documents = followDocuments(
    {
      digest: async () => (await opening).citationDigest(),
      known: () => ontology?.knownDocuments ?? [],
      decisions: () => store.citationDecisions,
      dateOf: () => {
        const dates = new Map(library.list().map((article) => [article.id, article.date]))
        return (id) => dates.get(id) ?? null
      },
      log
    },
    { changes, annotations, log }
  )
  const handlerDeps = {
    documents: {
      catalogue: documents.catalogue,
      sentences: async (requests: Parameters<SearchEngine['citationSentences']>[0]) =>
        (await opening).citationSentences(requests),
      summaries: (ids: string[]) => library.summaries(ids),
      decisions: () => store.citationDecisions
    },
    related: {
      articleAnalysis: (id: string) => search.articleAnalysis(id),
      relatedPassages: async (query: Parameters<SearchEngine['relatedPassages']>[0]) =>
        (await opening).relatedPassages(query),
      themeDecisions: (articleId: string) => annotations.themeDecisions(articleId),
      summaries: (ids: string[]) => library.summaries(ids),
      copiesOf: (id: string) => nearDuplicates.copiesOf(id),
      indexVersion: () => {
        const index = status.get().search
        return index.state === 'ready' ? String(index.version) : null
      }
    },
    themeMatrix: openThemeMatrix({
      resources: dirname(deps.bundledFolder),
      opening,
      library,
      annotations,
      ontology: () => ontology?.editor ?? null,
      changes,
      log
    })
  }
  return {
    handlerDeps,
    stop: () => {
      stopRelated()
      documents.stop()
    }
  }
}
