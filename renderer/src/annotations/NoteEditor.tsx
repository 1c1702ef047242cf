import { useState } from 'react'

interface Props {
  initial: string
  rows: number
  onSave: (note: string) => void
  onCancel: () => void
}

/** A note being written: Ctrl+Enter (or Save) keeps it, Escape (or Cancel) leaves it. */
export function NoteEditor({ initial, rows, onSave, onCancel }: Props) {
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
        placeholder="Note (Ctrl+Enter saves)"
      />
      <div className="row">
        <button type="submit" className="small primary">
          Save note
        </button>
        <button type="button" className="small quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
