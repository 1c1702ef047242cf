// One bulk action of the review list: the chosen rows' decisions, sent in one setThemeDecisions
// call, so that one Ctrl+Z (the app's undo, App.tsx) takes all of them back. The list itself
// follows main's theme-decisions event (data/apply-changes.ts), as every view of decisions does.
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { APP_SHORTCUTS } from '../../keys/shortcuts'
import { useKeysText } from '../../shortcut-sheet/use-keys-text'
import type { IndexedAnalysis } from '../../../../common/model/intelligence-types'
import type { ThemeVerdict } from '../../../../common/model/theme-decision'
import { api } from '../../api/client'
import { unwrap } from '../../data/call'
import { keys } from '../../data/query-keys'
import { decisionInputs, rowsToChange } from './review-decisions'
import type { ReviewRow } from './review-rows'

export interface BulkDecide {
  /** Resolves true once main has recorded the decisions (or none was needed). */
  decide(rows: readonly ReviewRow[], verdict: ThemeVerdict | null): Promise<boolean>
  busy: boolean
  /** What is happening or just happened, for a status line. */
  message: string | null
  error: string | null
}

export function useBulkDecide(themeId: string): BulkDecide {
  const { t } = useTranslation('insights')
  const undoKeys = useKeysText(APP_SHORTCUTS.undo)
  const client = useQueryClient()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const running = useRef(false)

  const decide = useCallback(
    async (rows: readonly ReviewRow[], verdict: ThemeVerdict | null) => {
      if (running.current) return false
      const changing = rowsToChange(rows, verdict)
      setError(null)
      if (changing.length === 0) {
        setMessage(rows.length === 0 ? t('nothingSelected') : t('alreadyDecided'))
        return rows.length > 0
      }
      running.current = true
      setBusy(true)
      const n = changing.length.toLocaleString()
      const reading = t('readingDetection', { count: changing.length, n })
      setMessage(verdict ? reading : null)
      // The About tab's copy when it has one; else asked for, and not kept: thousands of analyses
      // would fill the cache for one action.
      const analysisOf = async (row: ReviewRow) => {
        const cached = row.summary
          ? client.getQueryData<IndexedAnalysis | null>(keys.analysisOf(row.id, row.summary.contentHash))
          : null
        return cached ?? unwrap(api.getArticleAnalysis({ id: row.id }))
      }
      const progress = (done: number) =>
        done % 50 === 0 && setMessage(t('readingProgress', { reading, done: done.toLocaleString() }))
      try {
        const decisions = await decisionInputs(changing, themeId, verdict, analysisOf, progress)
        const result = await api.setThemeDecisions({ decisions })
        if (!result.ok) setError(result.error.message)
        setMessage(!result.ok ? null : t(`done.${verdict ?? 'cleared'}`, { count: changing.length, n, keys: undoKeys }))
        return result.ok
      } finally {
        running.current = false
        setBusy(false)
      }
    },
    [client, themeId, t, undoKeys]
  )
  return { decide, busy, message, error }
}
