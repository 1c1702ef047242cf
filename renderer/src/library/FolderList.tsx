import type { FolderStatus } from '../../../common/model/app-status'
import { api } from '../api/client'
import { plainLabel } from '../bidi/bidi-controls'
import { SafeText } from '../bidi/SafeText'

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
            <button
              type="button"
              className="small quiet"
              onClick={() => void api.removeFolder({ path: folder.path })}
              title="Remove from the library (files stay on disk)"
            >
              Remove
            </button>
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
