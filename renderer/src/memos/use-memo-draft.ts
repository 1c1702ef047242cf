// The memo being written: a draft beside the saved text, saved on blur and Ctrl+Enter as a note is,
// Esc going back to the saved text. Saving empty text deletes the memo (main makes it an undo step).
// While the draft differs from the saved text, a memo event (an undo, another pane) does not
// overwrite what the user is typing; otherwise the draft follows the saved text.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'

export interface MemoDraft {
  /** The saved text ('' when there is no memo); null while it loads. */
  saved: string | null
  draft: string
  setDraft: (text: string) => void
  /** True while the draft differs from the saved text. */
  dirty: boolean
  save: () => Promise<void>
  cancel: () => void
  busy: boolean
  error: string | null
}

export function useMemoDraft(articleId: string): MemoDraft {
  const { t } = useTranslation('memos')
  const connected = useAppStatus() !== null
  const client = useQueryClient()
  const query = useQuery({
    queryKey: keys.memoOf(articleId),
    queryFn: () => unwrap(api.getMemo({ articleId })),
    enabled: connected
  })
  const saved = query.data === undefined ? null : (query.data?.text ?? '')
  const [typed, setTyped] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const draft = typed ?? saved ?? ''
  const dirty = typed !== null && typed !== (saved ?? '')

  const save = async () => {
    if (typed === null || !dirty) return setTyped(null)
    const text = typed
    setBusy(true)
    setError(null)
    try {
      const answer = await api.setMemo({ articleId, text })
      if (answer.ok) {
        client.setQueryData(keys.memoOf(articleId), answer.value)
        setTyped((now) => (now === text ? null : now)) // unless typed on meanwhile
      } else {
        // Not saved to disk (kept in memory by main, which says so) or refused: the draft stays.
        setError(answer.error.message)
      }
    } catch (thrown) {
      setError(t('unreachable', { reason: thrown instanceof Error ? thrown.message : String(thrown) }))
    } finally {
      setBusy(false)
    }
  }

  return {
    saved,
    draft,
    setDraft: setTyped,
    dirty,
    save,
    cancel: () => {
      setTyped(null)
      setError(null)
    },
    busy,
    error: error ?? query.error?.message ?? null
  }
}
