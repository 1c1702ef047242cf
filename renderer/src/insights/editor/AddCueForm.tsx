import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ThemeView } from '../../../../common/model/ontology-view'
import { CueInputs, emptyCue } from './CueInputs'
import { readCue } from './cue-form'
import { plainLabel } from '../../bidi/bidi-controls'
import type { OntologyEditing } from './use-ontology'

interface Props {
  theme: ThemeView
  editing: OntologyEditing
  autoFocus?: boolean
}

/** A new cue for the theme: Enter adds it (a cue the theme has already takes the new weight). */
export function AddCueForm({ theme, editing, autoFocus }: Props) {
  const { t } = useTranslation('insights')
  const [fields, setFields] = useState(emptyCue)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (editing.busy) return
    const read = readCue(fields)
    if (!read.ok) return editing.setError(read.error)
    const typed = fields.text
    const done = await editing.run(
      { action: 'add-cue', theme: theme.id, cue: read.cue },
      t('cueAdded', { cue: read.cue.text })
    )
    // The answer waits for the disk: a cue typed meanwhile stays for the next one.
    if (done) setFields((current) => (current.text === typed ? { ...current, text: '' } : current))
  }
  return (
    <form
      className="editor-form"
      aria-label={t('addCueTo', { theme: plainLabel(theme.label.en) })}
      onSubmit={(event) => void submit(event)}
    >
      <CueInputs
        fields={fields}
        label={t('newCue')}
        autoFocus={autoFocus}
        onChange={(next) => {
          setFields(next)
          editing.setError(null)
        }}
      />
      <div className="row">
        <button type="submit" className="small primary" disabled={editing.busy}>
          {t('addCue')}
        </button>
      </div>
    </form>
  )
}
