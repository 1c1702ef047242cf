import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FolderStatus } from '../../../common/model/app-status'
import { api } from '../api/client'
import { plainLabel } from '../bidi/bidi-controls'
import { SafeText } from '../bidi/SafeText'
import { useApiAction } from '../data/use-api-action'

/** The library's folders, and every file that could not be read with the reason. */
export function FolderList({ folders }: { folders: FolderStatus[] }) {
  const { t } = useTranslation('library')
  const problems = folders.reduce((count, folder) => count + folder.unreadable.length, 0)
  return (
    <details className="folders" open={problems > 0}>
      <summary>
        {t('folders.count', { count: folders.length })}
        {problems > 0 && <span className="warning-count"> · {t('folders.unreadable', { count: problems })}</span>}
      </summary>
      {folders.map((folder) => (
        <section key={folder.path} className="folder">
          <div className="row">
            <span className="folder-path" title={plainLabel(folder.path)}>
              <SafeText text={folder.path} />
            </span>
            <span className="muted">{folder.articleCount}</span>
            <RemoveFolder folder={folder} />
          </div>
          {folder.unreadable.length > 0 && (
            <ul className="unreadable">
              {folder.unreadable.map((file) => (
                <li key={file.path}>
                  <SafeText className="file" text={file.path} /> <SafeText className="reason" text={file.reason} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </details>
  )
}

/** Removes at once a folder with nothing annotated; otherwise says what stays behind, and asks. */
function RemoveFolder({ folder }: { folder: FolderStatus }) {
  const { t } = useTranslation('library')
  // What the folder holds is asked for at the click: the list's counts are not refetched after
  // every annotation (a library list is refetched only when the library changes).
  const [asking, setAsking] = useState<FolderStatus | null>(null)
  const action = useApiAction()
  const remove = () => void action.run(() => api.removeFolder({ path: folder.path }))
  const askOrRemove = async () => {
    const fresh = (await action.run(() => api.listFolders({})))?.find((entry) => entry.path === folder.path)
    if (fresh && fresh.annotationCount > 0) setAsking(fresh)
    else if (fresh) remove()
  }
  if (!asking)
    return (
      <button type="button" className="small quiet" onClick={() => void askOrRemove()} title={t('folders.removeTitle')}>
        {t('folders.remove')}
      </button>
    )
  const { annotationCount: notes, annotatedArticles: articles } = asking
  return (
    <div className="confirm" role="alertdialog" aria-label={t('folders.removeAsk')}>
      <p>
        {t('folders.removeWarning', {
          articles: t('folders.annotatedArticles', { count: articles }),
          annotations: t('folders.annotations', { count: notes })
        })}
      </p>
      <button type="button" className="small" onClick={remove} disabled={action.busy}>
        {t('folders.removeFolder')}
      </button>{' '}
      <button type="button" className="small primary" autoFocus onClick={() => setAsking(null)}>
        {t('folders.keep')}
      </button>
      {action.error && (
        <p className="error" role="alert">
          {action.error}
        </p>
      )}
    </div>
  )
}
