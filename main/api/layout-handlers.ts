// The reader's layout, kept in the data folder (main/layout/); a host without it (a unit test's)
// answers with one empty pane and keeps nothing.
import { DEFAULT_READER_LAYOUT } from '../../common/model/reader-layout'
import { ApiError } from '../../common/errors/api-error'
import type { ReaderLayoutFile } from '../layout/reader-layout-file'
import type { ApiHandlers } from './dispatch'

export function layoutHandlers(
  layout: ReaderLayoutFile | undefined
): Pick<ApiHandlers, 'getReaderLayout' | 'saveReaderLayout'> {
  return {
    getReaderLayout: () => layout?.get() ?? DEFAULT_READER_LAYOUT,
    saveReaderLayout: async ({ layout: next }) => {
      const problem = await layout?.save(next)
      if (problem) throw new ApiError('failed', problem)
      return { saved: layout !== undefined }
    }
  }
}
