// The settings' "Data" section: where the annotations, index, settings and word list live, where
// their backups are and how many are kept, and opening the folder (in the app; a browser tab
// cannot, so web mode says where to go instead); the restore points, to restore one (backups/).
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { SafeText } from '../bidi/SafeText'
import { unwrap } from '../data/call'
import { useApiAction } from '../data/use-api-action'
import { BackupControls } from './backups/BackupControls'
import { RestorePointList } from './backups/RestorePointList'

export function DataSection({ id }: { id: string }) {
  const { t } = useTranslation('settings')
  const facts = useQuery({ queryKey: ['data-folder'], queryFn: () => unwrap(api.getDataFolder({})) })
  const action = useApiAction()
  const data = facts.data
  return (
    <section className="settings-section" aria-labelledby={id}>
      <h3 id={id}>{t('data')}</h3>
      {data ? (
        <dl className="settings-facts">
          <dt>{t('dataFolder')}</dt>
          <dd dir="ltr">
            <SafeText text={data.path} />
          </dd>
          <dt>{t('backups')}</dt>
          <dd>
            {t('backupsKept', { count: data.backups.kept })}{' '}
            <span dir="ltr">
              <SafeText text={data.backups.path} />
            </span>
          </dd>
        </dl>
      ) : (
        <p className="muted">{facts.error ? facts.error.message : '…'}</p>
      )}
      {data?.canOpen && (
        <p className="settings-row">
          <button type="button" className="small" onClick={() => void action.run(() => api.openDataFolder({}))}>
            {t('openDataFolder')}
          </button>
        </p>
      )}
      {data && !data.canOpen && <p className="muted">{t('openInFileManager')}</p>}
      <h4 id={`${id}-points`}>{t('restore.heading')}</h4>
      {data && <BackupControls key={data.backups.kept} kept={data.backups.kept} />}
      <RestorePointList labelledBy={`${id}-points`} />
      {action.error && (
        <p className="settings-problem" role="alert">
          {action.error}
        </p>
      )}
    </section>
  )
}
