// Sends a header correction and shows it at once: the summary main answers replaces the article's
// in the library's cache (the change event that follows patches the same entry again, harmlessly).
import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { CorrectableField } from '../../../common/model/article-correction'
import type { ArticleSummary } from '../../../common/model/article-types'
import { api } from '../api/client'
import { keys } from '../data/query-keys'

/** Null when kept; otherwise main's sentence (nothing was changed then). */
export type CorrectArticle = (id: string, field: CorrectableField, value: string | null) => Promise<string | null>

export function useCorrectArticle(): CorrectArticle {
  const client = useQueryClient()
  return useCallback(
    async (id, field, value) => {
      const result = await api.correctArticle({ id, field, value })
      if (!result.ok) return result.error.message
      const fresh = result.value
      client.setQueryData<ArticleSummary[]>(
        keys.articles,
        (list) => list && list.map((summary) => (summary.id === fresh.id ? fresh : summary))
      )
      return null
    },
    [client]
  )
}
