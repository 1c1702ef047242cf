// The settings' "Library" section: the folders (each removable, asking first when it holds
// annotations), reading them all again, and adding one by its path (the library pane's
// "+ Add folder" does the same, with the system's folder dialog in the app).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { useApiAction } from '../data/use-api-action'
import { FolderList } from '../library/FolderList'
import { useLibrary } from '../library/use-library'

export function LibrarySection({ id }: { id: string }) {
  const { t } = useTranslation('settings')
  const { folders } = useLibrary()
  const action = useApiAction()
  const [path, setPath] = useState('')
  const own = folders.filter((folder) => !folder.bundled)
  const rescan = async () => {
    for (const folder of own) if ((await action.run(() => api.importFolder({ path: folder.path }))) === null) return
  }
  const add = async () => {
    const chosen = path.trim()
    if (chosen && (await action.run(() => api.importFolder({ path: chosen })))) setPath('')
  }
  return (
    <section className="settings-section" aria-labelledby={id}>
      <h3 id={id}>{t('library')}</h3>
      <FolderList folders={folders} />
      <p className="settings-row">
        <button
          type="button"
          className="small"
          disabled={action.busy || own.length === 0}
          onClick={() => void rescan()}
        >
          {t('rescan')}
        </button>
        <span className="muted">{t('rescanHint')}</span>
      </p>
      <form
        className="settings-row"
        onSubmit={(event) => {
          event.preventDefault()
          void add()
        }}
      >
        <label htmlFor={`${id}-path`}>{t('addFolder')}</label>
        <input
          id={`${id}-path`}
          className="settings-path"
          dir="ltr"
          value={path}
          placeholder="/home/…/articles"
          onChange={(event) => setPath(event.target.value)}
        />
        <button type="submit" className="small" disabled={action.busy || path.trim() === ''}>
          {t('add')}
        </button>
      </form>
      {action.busy && (
        <p className="muted" role="status">
          {t('readingFolders')}…
        </p>
      )}
      {action.error && (
        <p className="settings-problem" role="alert">
          {action.error}
        </p>
      )}
    </section>
  )
}
