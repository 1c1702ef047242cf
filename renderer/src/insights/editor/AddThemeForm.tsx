import { useState, type FormEvent } from 'react'
import { LABEL_MAX, labelProblem } from '../../../../common/model/ontology-edit'
import { CueInputs, emptyCue } from './CueInputs'
import { readCue } from './cue-form'
import { EditStatus } from './EditStatus'
import { useOntologyEdit } from './use-ontology'

interface Props {
  /** With the new theme's id, or null when cancelled. */
  onDone: (themeId: string | null) => void
}

/** A theme of the user's: its labels and its first cue (a theme has at least one); the id comes from the English label. */
export function AddThemeForm({ onDone }: Props) {
  const editing = useOntologyEdit()
  const [label, setLabel] = useState({ th: '', en: '' })
  const [cue, setCue] = useState(emptyCue)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (editing.busy) return
    const problem = labelProblem(label.th, 'Thai') ?? labelProblem(label.en, 'English')
    const read = readCue(cue)
    if (problem || !read.ok) return editing.setError(problem ?? (read.ok ? null : read.error))
    const added = await editing.run({ action: 'add-theme', label, cue: read.cue }, 'The theme is added.')
    if (added) onDone(added.theme)
  }
  const input = (key: 'th' | 'en', text: string) => (
    <label className="editor-field">
      <span>{text}</span>
      <input
        lang={key}
        value={label[key]}
        maxLength={LABEL_MAX * 2}
        autoFocus={key === 'th'}
        onChange={(event) => {
          setLabel({ ...label, [key]: event.target.value })
          editing.setError(null)
        }}
      />
    </label>
  )
  return (
    <form
      className="editor-form new-theme"
      aria-label="New theme"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        event.stopPropagation()
        onDone(null)
      }}
    >
      <h3 className="editor-subhead">New theme</h3>
      {input('th', 'Thai label')}
      {input('en', 'English label (its id is made from it)')}
      <CueInputs fields={cue} label="First cue" onChange={setCue} />
      <div className="row">
        <button type="submit" className="small primary" disabled={editing.busy}>
          Add theme
        </button>
        <button type="button" className="small quiet" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
      <EditStatus editing={editing} />
    </form>
  )
}
