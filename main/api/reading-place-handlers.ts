// Where the reader left off in each article, kept in the data folder (main/reading-places/); a host
// without the file (a unit test's) knows no place and keeps nothing.
import { ApiError } from '../../common/errors/api-error'
import type { ReadingPlacesFile } from '../reading-places/reading-places-file'
import type { ApiHandlers } from './dispatch'

export function readingPlaceHandlers(
  places: ReadingPlacesFile | undefined
): Pick<ApiHandlers, 'getReadingPlace' | 'saveReadingPlace'> {
  return {
    getReadingPlace: ({ articleId }) => {
      const offset = places?.get(articleId) ?? null
      return offset === null ? null : { offset }
    },
    saveReadingPlace: async ({ articleId, offset }) => {
      const problem = await places?.save(articleId, offset)
      if (problem) throw new ApiError('failed', problem)
      return { saved: places !== undefined }
    }
  }
}
