// What the themes view shows, from the query cache: the matrix (patched by theme-decision events,
// fetched again after the index re-reads), the theme labels, and the library list for titles
// (the library pane has it already; the matrix carries no titles, so it stays small).
import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import type { ThemeMatrix } from '../../../common/model/theme-matrix'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'
import type { TitleOf } from './matrix-rows'
import { setMatrixRowsFetcher } from './theme-matrix-cache'

export interface ThemesData {
  matrix: ThemeMatrix | null
  labels: ReadonlyMap<string, ThemeLabel>
  titleOf: TitleOf
  error: string | null
}

/** The matrix's query, also asked ahead by the top bar's button when the pointer reaches it. */
export const themeMatrixQuery = () => ({
  queryKey: keys.themeMatrix,
  queryFn: () => unwrap(api.getThemeMatrix({}))
})

export function useThemeMatrix(): ThemesData {
  const connected = useAppStatus() !== null
  const matrix = useQuery({ ...themeMatrixQuery(), enabled: connected })
  useEffect(() => {
    setMatrixRowsFetcher((articles) => unwrap(api.getThemeMatrix({ articles })))
    return () => setMatrixRowsFetcher(null)
  }, [])
  const themes = useQuery({ queryKey: keys.themes, queryFn: () => unwrap(api.listThemes({})), enabled: connected })
  const articles = useQuery({
    queryKey: keys.articles,
    queryFn: () => unwrap(api.listArticles({})),
    enabled: connected
  })
  const labels = useMemo(() => new Map((themes.data?.themes ?? []).map((theme) => [theme.id, theme])), [themes.data])
  const titleOf = useMemo(() => {
    const titles = new Map((articles.data ?? []).map((article) => [article.id, article.title]))
    return (id: string) => titles.get(id) ?? id
  }, [articles.data])
  return {
    matrix: matrix.data ?? null,
    labels,
    titleOf,
    error: matrix.error?.message ?? themes.error?.message ?? null
  }
}
