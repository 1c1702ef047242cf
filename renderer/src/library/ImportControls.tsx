import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { LibraryStatus } from '../../../common/model/app-status'
import { api } from '../api/client'
import { SafeText } from '../bidi/SafeText'
import { describe } from './import-report'

/** Add a folder (system dialog where there is one, else a path field), with progress and cancel. */
export function ImportControls({ status, children }: { status: LibraryStatus | null; children: ReactNode }) {
  const { t } = useTranslation('library')
  const [askPath, setAskPath] = useState(false)
  const [path, setPath] = useState('')
  const [message, setMessage] = useState<string | null>(null)

  const importFolder = async (folder: string) => {
    setMessage(null)
    const result = await api.importFolder({ path: folder })
    if (!result.ok) return setMessage(result.error.message)
    setAskPath(false)
    setMessage(describe(result.value, t))
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
          <button type="button" className="small" onClick={() => void addFolder()} title={t('import.addTitle')}>
            {t('import.add')}
          </button>
        )}
      </div>
      {askPath && !importing && (
        <form className="path-form" onSubmit={submit}>
          <label htmlFor="folder-path">{t('import.pathLabel')}</label>
          <input
            id="folder-path"
            autoFocus
            value={path}
            onChange={(event) => setPath(event.target.value)}
            placeholder={t('import.pathPlaceholder')}
            spellCheck={false}
          />
          <div className="row">
            <button type="submit" className="small primary">
              {t('import.import')}
            </button>
            <button type="button" className="small" onClick={() => setAskPath(false)}>
              {t('import.cancel')}
            </button>
          </div>
        </form>
      )}
      {importing && (
        <div className="progress" role="status" aria-live="polite">
          <div className="row">
            <span>
              {t('import.progress', { done: importing.done.toLocaleString(), total: importing.total.toLocaleString() })}
            </span>
            <button type="button" className="small" onClick={() => void api.cancelImport({})}>
              {t('import.cancel')}
            </button>
          </div>
          <progress
            max={Math.max(1, importing.total)}
            value={importing.done}
            aria-label={t('import.progressLabel', { folder: importing.folder })}
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
