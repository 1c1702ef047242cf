import { useState } from 'react'
import type { FolderStatus } from '../../../common/model/app-status'
import { api } from '../api/client'
import { plainLabel } from '../bidi/bidi-controls'
import { SafeText } from '../bidi/SafeText'
import { useApiAction } from '../data/use-api-action'

/** The library's folders, and every file that could not be read with the reason. */
export function FolderList({ folders }: { folders: FolderStatus[] }) {
  const problems = folders.reduce((count, folder) => count + folder.unreadable.length, 0)
  return (
    <details className="folders" open={problems > 0}>
      <summary>
        {folders.length} folder{folders.length === 1 ? '' : 's'}
        {problems > 0 && (
          <span className="warning-count">
            {' '}
            · {problems} file{problems === 1 ? '' : 's'} could not be read
          </span>
        )}
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
  const [asking, setAsking] = useState(false)
  const action = useApiAction()
  const remove = () => void action.run(() => api.removeFolder({ path: folder.path }))
  const { annotationCount: notes, annotatedArticles: articles } = folder
  if (!asking)
    return (
      <button
        type="button"
        className="small quiet"
        onClick={() => (notes > 0 ? setAsking(true) : remove())}
        title="Remove from the library (files stay on disk)"
      >
        Remove
      </button>
    )
  return (
    <div className="confirm" role="alertdialog" aria-label="Remove this folder?">
      <p>
        {articles} article{articles === 1 ? '' : 's'} in this folder {articles === 1 ? 'has' : 'have'} {notes}{' '}
        annotation{notes === 1 ? '' : 's'}. They stay under “annotations without an article” until the folder is added
        back. The files stay on disk.
      </p>
      <button type="button" className="small" onClick={remove} disabled={action.busy}>
        Remove folder
      </button>{' '}
      <button type="button" className="small primary" autoFocus onClick={() => setAsking(false)}>
        Keep it
      </button>
      {action.error && (
        <p className="error" role="alert">
          {action.error}
        </p>
      )}
    </div>
  )
}
