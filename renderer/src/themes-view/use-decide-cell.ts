// A verdict on one article's theme from the matrix, through the same API as the About tab and the
// review list (one undo step; Ctrl+Z undoes it from anywhere). It records what detection said
// (theme-suggestion.ts), read from the article's analysis. The cell changes when main's
// theme-decisions event comes back (theme-matrix-cache.ts), not before: what it shows is the store.
import { useCallback } from 'react'
import type { ThemeVerdict } from '../../../common/model/theme-decision'
import { api } from '../api/client'
import { useApiAction } from '../data/use-api-action'
import { themeSuggestion } from '../insights/theme-suggestion'

export function useDecideCell() {
  const action = useApiAction()
  const { run } = action
  const decide = useCallback(
    async (articleId: string, themeId: string, verdict: ThemeVerdict | null) => {
      let suggestion = null
      if (verdict !== null) {
        const answer = await api.getArticleAnalysis({ id: articleId }).catch(() => null)
        suggestion = themeSuggestion(answer?.ok ? answer.value?.themes.find((t) => t.id === themeId) : null)
      }
      return run(() => api.setThemeDecisions({ decisions: [{ articleId, themeId, verdict, suggestion }] }))
    },
    [run]
  )
  return { decide, error: action.error, busy: action.busy }
}
