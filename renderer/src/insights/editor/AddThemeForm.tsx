import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation('insights')
  const editing = useOntologyEdit()
  const [label, setLabel] = useState({ th: '', en: '' })
  const [cue, setCue] = useState(emptyCue)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (editing.busy) return
    const problem = labelProblem(label.th, 'Thai') ?? labelProblem(label.en, 'English')
    const read = readCue(cue)
    if (problem || !read.ok) return editing.setError(problem ?? (read.ok ? null : read.error))
    const added = await editing.run({ action: 'add-theme', label, cue: read.cue }, t('themeAdded'))
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
      aria-label={t('newTheme')}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        event.stopPropagation()
        onDone(null)
      }}
    >
      <h3 className="editor-subhead">{t('newTheme')}</h3>
      {input('th', t('thaiLabel'))}
      {input('en', t('englishLabelId'))}
      <CueInputs fields={cue} label={t('firstCue')} onChange={setCue} />
      <div className="row">
        <button type="submit" className="small primary" disabled={editing.busy}>
          {t('addTheme')}
        </button>
        <button type="button" className="small quiet" onClick={() => onDone(null)}>
          {t('cancel')}
        </button>
      </div>
      <EditStatus editing={editing} />
    </form>
  )
}
