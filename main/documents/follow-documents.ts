// The documents catalogue kept in step with the app: a new index version marks its citations stale
// and reads them again a moment later (so the view finds them ready); a verdict, an undo of one or
// the library's dates rebuild it from the brief it keeps, and a verdict is published as a
// `citation-decisions` event naming its articles and documents, so views refetch only those.
import type { AnnotationService } from '../annotations/annotation-service'
import type { ChangeLog } from '../events/change-log'
import type { CitationDecision } from '../../common/model/documents'
import { DocumentCatalogue, type CatalogueDeps } from './document-catalogue'

const REFRESH_DELAY_MS = 300

export interface FollowedDocuments {
  catalogue: DocumentCatalogue
  stop(): void
}

export function followDocuments(
  deps: CatalogueDeps,
  options: { changes: ChangeLog; annotations: Pick<AnnotationService, 'onChanges'>; log?: (message: string) => void }
): FollowedDocuments {
  const catalogue = new DocumentCatalogue(deps)
  let timer: NodeJS.Timeout | null = null
  let version = -1
  const stopEvents = options.changes.subscribe((event) => {
    if (event.kind === 'library') catalogue.invalidate()
    if (event.kind !== 'search' || event.status.state !== 'ready' || event.status.version === version) return
    version = event.status.version
    catalogue.markStale()
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      catalogue.current().catch((err: unknown) => options.log?.(`[documents] not catalogued: ${String(err)}`))
    }, REFRESH_DELAY_MS)
  })
  const stopVerdicts = options.annotations.onChanges(({ changes }) => {
    const decided = changes.flatMap((change) =>
      change.kind === 'citationDecision'
        ? [change.before, change.after].filter((value): value is CitationDecision => value !== null)
        : []
    )
    if (decided.length === 0) return
    catalogue.invalidate()
    const documents = new Set<string>()
    for (const { document, suggestion, citation } of decided) {
      if (document) documents.add(document)
      if (suggestion?.key) documents.add(suggestion.key)
      documents.add(citation)
    }
    const articles = [...new Set(decided.map((decision) => decision.articleId))]
    options.changes.publish({ kind: 'citation-decisions', articles, documents: [...documents] })
  })
  return {
    catalogue,
    stop: () => {
      if (timer) clearTimeout(timer)
      stopEvents()
      stopVerdicts()
    }
  }
}
