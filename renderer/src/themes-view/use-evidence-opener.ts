// Opens an article at a theme's evidence and leaves the themes view for the reader. The pane
// openers (panes/pane-openers.ts) open at a range; where the app provides none yet, the plain
// article opener opens the article at its top; with neither, nothing opens and the view says so.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { useArticleOpener } from '../duplicates/article-opener'
import { usePaneOpeners } from '../panes/pane-openers'
import { evidenceRange } from './open-evidence'

export type EvidenceOpener = (articleId: string, themeId: string | null) => Promise<string | null>

/** Resolves with null once opened, or with why it could not be. */
export function useEvidenceOpener(onClose: () => void): EvidenceOpener {
  const { t } = useTranslation('themesView')
  const panes = usePaneOpeners()
  const openArticle = useArticleOpener()
  return useCallback(
    async (articleId, themeId) => {
      if (!panes && !openArticle) return t('noReader')
      let range: { start: number; end: number } | undefined
      if (themeId && panes) {
        const answer = await api.getArticleAnalysis({ id: articleId }).catch(() => null)
        range = evidenceRange(answer?.ok ? answer.value : null, themeId)
      }
      if (panes) panes.here({ articleId, ...(range && { range }) })
      else openArticle?.(articleId)
      onClose()
      return null
    },
    [panes, openArticle, onClose, t]
  )
}
