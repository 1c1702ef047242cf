// The themes view's method: answered by the matrix queries over the running app
// (main/theme-matrix); a host without them (a unit test's) says so.
import { ApiError } from '../../common/errors/api-error'
import type { ThemeMatrixQueries } from '../theme-matrix/theme-matrix-queries'
import type { ApiHandlers } from './dispatch'

export function themeMatrixHandlers(
  matrix: Pick<ThemeMatrixQueries, 'matrix'> | undefined
): Pick<ApiHandlers, 'getThemeMatrix'> {
  return {
    getThemeMatrix: ({ articles }) => {
      if (!matrix) throw new ApiError('failed', 'The themes view is not available in this host.')
      return matrix.matrix(articles)
    }
  }
}
