// Keeps the cached matrix current when the user's theme decisions change (a key in the matrix, the
// About tab, the review list, an undo): the rows of the articles the event names are fetched alone
// and written into the cached matrix, so the cells change within one round trip while 10,000
// other rows stay as they are. Many articles at once refetch the whole matrix instead.
import type { QueryClient } from '@tanstack/react-query'
import type { ThemeMatrix } from '../../../common/model/theme-matrix'
import { keys } from '../data/query-keys'

/** More articles than this refetch the matrix in one request. */
const PATCH_LIMIT = 1000

type RowsFetcher = (articles: string[]) => Promise<ThemeMatrix>
/** Set by the themes view while it shows (it holds the API client, which the change feed's tests
 * cannot make); without it, a cached matrix is only marked stale. */
let fetchRows: RowsFetcher | null = null

export function setMatrixRowsFetcher(fetcher: RowsFetcher | null): void {
  fetchRows = fetcher
}

export async function patchThemeMatrix(client: QueryClient, articles: readonly string[]): Promise<void> {
  const cached = client.getQueryData<ThemeMatrix>(keys.themeMatrix)
  if (!cached || articles.length === 0) return
  if (!fetchRows || articles.length > PATCH_LIMIT || client.isFetching({ queryKey: keys.themeMatrix }) > 0)
    return void client.invalidateQueries({ queryKey: keys.themeMatrix })
  const fresh = await fetchRows([...articles]).catch(() => null)
  if (!fresh) return void client.invalidateQueries({ queryKey: keys.themeMatrix })
  client.setQueryData<ThemeMatrix>(keys.themeMatrix, (old) => old && mergeRows(old, fresh))
}

/** `old` with the rows `fresh` holds replaced (same themes), as a new object for React. */
export function mergeRows(old: ThemeMatrix, fresh: ThemeMatrix): ThemeMatrix {
  if (fresh.themes.join('\n') !== old.themes.join('\n')) return old
  const width = old.themes.length
  const rowOf = new Map(old.ids.map((id, row) => [id, row]))
  const cells = old.cells.slice()
  fresh.ids.forEach((id, at) => {
    const row = rowOf.get(id)
    if (row === undefined) return
    for (let column = 0; column < width; column++) cells[row * width + column] = fresh.cells[at * width + column] ?? 0
  })
  return { ...old, cells }
}
