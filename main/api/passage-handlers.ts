// The passages view's method: answered by the passage queries kept in step with the store
// (main/app/connect-passages.ts); a host without them (a unit test's) says so.
import { ApiError } from '../../common/errors/api-error'
import type { PassageQueries } from '../passages/passage-queries'
import type { ApiHandlers } from './dispatch'

export function passageHandlers(passages: Pick<PassageQueries, 'list'> | undefined): Pick<ApiHandlers, 'listPassages'> {
  return {
    listPassages: (input) => {
      if (!passages) throw new ApiError('failed', 'The passages view is not available in this host.')
      return passages.list(input)
    }
  }
}
