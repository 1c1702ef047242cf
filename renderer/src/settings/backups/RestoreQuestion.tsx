// Asks before a restore, saying what happens to the current annotations and to undo; the refusal
// of a damaged backup is shown here, with nothing changed. Everything refetches after a restore
// (main resets the change feed); the list and the settings are asked for again here too.
import { useId, type KeyboardEvent } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useApiAction } from '../../data/use-api-action'

export function RestoreQuestion({ id, when, onClose }: { id: string; when: string; onClose: () => void }) {
  const { t } = useTranslation('settings')
  const action = useApiAction()
  const client = useQueryClient()
  const question = useId()

  const restore = async () => {
    if (!(await action.run(() => api.restoreBackup({ id })))) return
    await client.invalidateQueries()
    onClose()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation() // the settings dialog stays open
    onClose()
  }

  return (
    <div className="restore-question" role="group" aria-labelledby={question} onKeyDown={onKeyDown}>
      <p id={question}>{t('restore.question', { when })}</p>
      <div className="settings-row">
        <button type="button" className="small danger" disabled={action.busy} onClick={() => void restore()}>
          {t('restore.confirm')}
        </button>
        {/* Cancel takes the focus, so a held-down Enter cannot confirm straight away. */}
        <button type="button" className="small quiet" autoFocus onClick={onClose}>
          {t('restore.cancel')}
        </button>
      </div>
      {action.error && (
        <p className="settings-problem" role="alert">
          {action.error}
        </p>
      )}
    </div>
  )
}
