// The related-passages method: answered by main/related over the search workers' analyses; a host
// without them (a unit test's) says so. The input was checked already (contract.ts).
import { ApiError } from '../../common/errors/api-error'
import { findRelated, type RelatedSources } from '../related/related-query'
import type { ApiHandlers } from './dispatch'

export function relatedHandlers(related: RelatedSources | undefined): Pick<ApiHandlers, 'getRelated'> {
  return {
    getRelated: async ({ articleId, range, limit }) => {
      if (!related) throw new ApiError('failed', 'Related passages are not available in this host.')
      const answer = await findRelated(related, { articleId, range, limit })
      if (!answer)
        throw new ApiError(
          'not-found',
          'That article is no longer in the library (its file was moved, deleted or cannot be read).'
        )
      return answer
    }
  }
}
