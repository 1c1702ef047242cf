// "Back up now" and how many restore points (and backups of each file) are kept: a number from
// 3 to 50, saved as soon as it is a valid one.
import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { BACKUPS_KEPT_RANGE } from '../../../../common/api/data-folder-contract'
import { api } from '../../api/client'
import { useApiAction } from '../../data/use-api-action'
import { restorePointsKey } from './RestorePointList'

export function BackupControls({ kept }: { kept: number }) {
  const { t } = useTranslation('settings')
  const action = useApiAction()
  const client = useQueryClient()
  const [draft, setDraft] = useState(String(kept))
  const [done, setDone] = useState<string | null>(null)

  const refetch = () => client.invalidateQueries({ queryKey: restorePointsKey })
  const backUp = async () => {
    setDone(null)
    const made = await action.run(() => api.backUpNow({}))
    if (!made) return
    setDone(made.id ? t('restore.backedUp') : t('restore.nothingYet'))
    await refetch()
  }
  const keep = async (value: string) => {
    setDraft(value)
    const count = Number(value)
    if (!Number.isInteger(count) || count < BACKUPS_KEPT_RANGE.min || count > BACKUPS_KEPT_RANGE.max) return
    if (await action.run(() => api.setBackupsKept({ kept: count }))) {
      await client.invalidateQueries({ queryKey: ['data-folder'] })
      await refetch()
    }
  }

  return (
    <>
      <p className="settings-row">
        <label>
          {t('restore.keep')}{' '}
          <input
            type="number"
            className="restore-kept"
            min={BACKUPS_KEPT_RANGE.min}
            max={BACKUPS_KEPT_RANGE.max}
            value={draft}
            onChange={(event) => void keep(event.target.value)}
          />
        </label>{' '}
        <button type="button" className="small" disabled={action.busy} onClick={() => void backUp()}>
          {t('restore.backUpNow')}
        </button>
      </p>
      {done && (
        <p className="muted" role="status">
          {done}
        </p>
      )}
      {action.error && (
        <p className="settings-problem" role="alert">
          {action.error}
        </p>
      )}
    </>
  )
}
