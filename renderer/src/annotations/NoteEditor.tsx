import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  initial: string
  rows: number
  onSave: (note: string) => void
  onCancel: () => void
}

/** A note being written: Ctrl+Enter (or Save) keeps it, Escape (or Cancel) leaves it. */
export function NoteEditor({ initial, rows, onSave, onCancel }: Props) {
  const { t } = useTranslation('annotations', { keyPrefix: 'note' })
  const [note, setNote] = useState(initial)
  return (
    <form
      className="note-form"
      onSubmit={(event) => {
        event.preventDefault()
        onSave(note)
      }}
    >
      <textarea
        autoFocus
        aria-label="Note"
        value={note}
        rows={rows}
        onChange={(event) => setNote(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSave(note)
          if (event.key === 'Escape') onCancel()
        }}
        placeholder={t('placeholder')}
      />
      <div className="row">
        <button type="submit" className="small primary">
          {t('save')}
        </button>
        <button type="button" className="small quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}
