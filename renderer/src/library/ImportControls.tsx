import { useState, type FormEvent, type ReactNode } from 'react'
import type { ImportReport, LibraryStatus } from '../../../common/model/app-status'
import { api } from '../api/client'
import { SafeText } from '../bidi/SafeText'

/** Add a folder (system dialog where there is one, else a path field), with progress and cancel. */
export function ImportControls({ status, children }: { status: LibraryStatus | null; children: ReactNode }) {
  const [askPath, setAskPath] = useState(false)
  const [path, setPath] = useState('')
  const [message, setMessage] = useState<string | null>(null)

  const importFolder = async (folder: string) => {
    setMessage(null)
    const result = await api.importFolder({ path: folder })
    if (!result.ok) return setMessage(result.error.message)
    setAskPath(false)
    setMessage(describe(result.value))
  }

  const addFolder = async () => {
    const chosen = await api.chooseFolder({})
    if (!chosen.ok) return setMessage(chosen.error.message)
    if (!chosen.value.supported) return setAskPath(true)
    if (chosen.value.path) await importFolder(chosen.value.path)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (path.trim() !== '') void importFolder(path.trim())
  }

  const importing = status?.importing
  return (
    <div className="import-controls">
      <div className="library-head">
        {children}
        {!importing && !askPath && (
          <button
            type="button"
            className="small"
            onClick={() => void addFolder()}
            title="Add a folder of .txt, .md or .html articles"
          >
            + Add folder
          </button>
        )}
      </div>
      {askPath && !importing && (
        <form className="path-form" onSubmit={submit}>
          <label htmlFor="folder-path">Folder of articles (.txt, .md, .html)</label>
          <input
            id="folder-path"
            autoFocus
            value={path}
            onChange={(event) => setPath(event.target.value)}
            placeholder="/home/you/articles"
            spellCheck={false}
          />
          <div className="row">
            <button type="submit" className="small primary">
              Import
            </button>
            <button type="button" className="small" onClick={() => setAskPath(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {importing && (
        <div className="progress" role="status" aria-live="polite">
          <div className="row">
            <span>
              Reading {importing.done.toLocaleString()} of {importing.total.toLocaleString()} files
            </span>
            <button type="button" className="small" onClick={() => void api.cancelImport({})}>
              Cancel
            </button>
          </div>
          <progress
            max={Math.max(1, importing.total)}
            value={importing.done}
            aria-label={`Importing ${importing.folder}`}
          />
        </div>
      )}
      {message && !importing && (
        <p className="import-message" role="status">
          <SafeText text={message} />
        </p>
      )}
    </div>
  )
}

function describe(report: ImportReport): string {
  if (report.cancelled) return 'Import cancelled: nothing was added.'
  if (report.error) return report.error
  const parts = [
    `${report.added} added`,
    report.changed ? `${report.changed} updated` : '',
    report.unchanged ? `${report.unchanged} unchanged` : ''
  ]
  const unread = report.unreadable ? ` ${report.unreadable} file(s) could not be read: see below.` : ''
  const long = report.longLineFiles ?? []
  const split = long.length
    ? ` Very long lines were split into paragraphs in ${long.length === 1 ? long[0] : `${long.length} files (${long.slice(0, 3).join(', ')}${long.length > 3 ? ', …' : ''})`}; “show original” marks each cut.`
    : ''
  return `${parts.filter(Boolean).join(', ')}.${unread}${split}`
}
