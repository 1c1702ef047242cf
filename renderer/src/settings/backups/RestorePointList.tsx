// The store's restore points, newest first: when each was taken, what it holds (read from its own
// files by main), and a Restore button that asks first (RestoreQuestion).
import { useState } from 'react'
import type { TFunction } from 'i18next'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { RestorePointFacts } from '../../../../common/api/data-folder-contract'
import { api } from '../../api/client'
import { unwrap } from '../../data/call'
import { useDates } from '../../dates/use-dates'
import { RestoreQuestion } from './RestoreQuestion'
import './backups.css'

export const restorePointsKey = ['restore-points'] as const

export function RestorePointList({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation('settings')
  const dates = useDates()
  const points = useQuery({ queryKey: restorePointsKey, queryFn: () => unwrap(api.listRestorePoints({})) })
  const [asking, setAsking] = useState<string | null>(null)
  if (!points.data) return <p className="muted">{points.error ? points.error.message : '…'}</p>
  if (points.data.length === 0) return <p className="muted">{t('restore.none')}</p>
  return (
    <ul className="restore-points" aria-labelledby={labelledBy}>
      {points.data.map((point) => (
        <li key={point.id}>
          <div className="restore-point-row">
            <span className="restore-point-when">{dates.moment(point.takenAt)}</span>
            <span className="muted">{holds(t, point)}</span>
            {point.holds && asking !== point.id && (
              <button
                type="button"
                className="small"
                aria-label={t('restore.restoreOne', { when: dates.moment(point.takenAt) })}
                onClick={() => setAsking(point.id)}
              >
                {t('restore.restore')}
              </button>
            )}
          </div>
          {asking === point.id && (
            <RestoreQuestion id={point.id} when={dates.moment(point.takenAt)} onClose={() => setAsking(null)} />
          )}
        </li>
      ))}
    </ul>
  )
}

function holds(t: TFunction<'settings'>, point: RestorePointFacts): string {
  const kind = point.kind === 'scheduled' ? '' : `${t(`restore.kind.${point.kind}`)} · `
  if (!point.holds) return `${kind}${t('restore.unreadable', { problem: point.problem ?? '' })}`
  const { annotations, tags, memos, links } = point.holds
  const parts = [t('restore.annotations', { count: annotations }), t('restore.tags', { count: tags })]
  if (memos > 0) parts.push(t('restore.memos', { count: memos }))
  if (links > 0) parts.push(t('restore.links', { count: links }))
  return kind + parts.join(', ')
}
