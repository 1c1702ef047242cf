// The near-duplicate API methods: an article's other copies with their outlet, date and the share
// of text each holds of the other; every group, for the library's mark; and a dismissal of a wrong
// pair (undoable). The input was checked already (contract.ts).
import type { AnnotationService } from '../annotations/annotation-service'
import type { NearDuplicates } from '../app/connect-near-duplicates'
import type { Library } from '../library/library'
import type { ApiHandlers } from './dispatch'

/** `nearDuplicates`: absent where no index runs (some tests): every answer is then "pending". */
export function nearDuplicateHandlers(
  nearDuplicates: NearDuplicates | undefined,
  library: Pick<Library, 'summaries'>,
  annotations: Pick<AnnotationService, 'dismissNearDuplicate'>
): Pick<ApiHandlers, 'getArticleCopies' | 'listCopyGroups' | 'dismissNearDuplicate'> {
  return {
    getArticleCopies: ({ id }) => {
      const figures = nearDuplicates?.copiesOf(id) ?? null
      if (!figures) return { state: 'pending', copies: [] }
      // An article gone from the library since the last comparison is left out.
      const summaries = new Map(library.summaries(figures.map((copy) => copy.id)).map((s) => [s.id, s]))
      return {
        state: 'ready',
        copies: figures.flatMap(({ id: copyId, shareOfThis, shareOfCopy, jaccard }) => {
          const summary = summaries.get(copyId)
          if (!summary) return []
          const { title, outlet, date, year } = summary
          return [{ id: copyId, title, outlet, date, year, shareOfThis, shareOfCopy, jaccard }]
        })
      }
    },
    listCopyGroups: () => ({ groups: nearDuplicates?.groups() ?? [] }),
    dismissNearDuplicate: (input) => annotations.dismissNearDuplicate(input)
  }
}
