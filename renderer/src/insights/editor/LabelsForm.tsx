import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LABEL_MAX, labelProblem } from '../../../../common/model/ontology-edit'
import type { ThemeView } from '../../../../common/model/ontology-view'
import { EditStatus } from './EditStatus'
import { useOntologyEdit } from './use-ontology'

interface Props {
  theme: ThemeView
}

const fieldsOf = (label: ThemeView['label']) => ({ en: label.en, th: label.th, vi: label.vi ?? '' })

/** The theme's names in Thai, English and (if any) Vietnamese; Enter saves. Its id never changes. */
export function LabelsForm({ theme }: Props) {
  const { t } = useTranslation('insights')
  const editing = useOntologyEdit()
  const [fields, setFields] = useState(() => fieldsOf(theme.label))
  // Labels changed elsewhere (a reset): the fields follow. Another edit's answer leaves typing alone.
  const saved = JSON.stringify(fieldsOf(theme.label))
  const [shown, setShown] = useState(saved)
  if (shown !== saved) {
    setShown(saved)
    setFields(fieldsOf(theme.label))
  }
  const changed = JSON.stringify(fields) !== saved

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (editing.busy || !changed) return
    const problem = labelProblem(fields.th, 'Thai') ?? labelProblem(fields.en, 'English')
    if (problem) return editing.setError(problem)
    await editing.run({ action: 'set-labels', theme: theme.id, label: fields }, t('labelsSaved'))
  }
  const input = (key: keyof typeof fields, label: string, lang: string) => (
    <label className="editor-field">
      <span>{label}</span>
      <input
        lang={lang}
        value={fields[key]}
        maxLength={LABEL_MAX * 2}
        onChange={(event) => {
          setFields({ ...fields, [key]: event.target.value })
          editing.setError(null)
        }}
      />
    </label>
  )
  return (
    <form className="editor-form labels" aria-label={t('labels')} onSubmit={(event) => void submit(event)}>
      {input('th', t('thaiLabel'), 'th')}
      {input('en', t('englishLabel'), 'en')}
      {input('vi', t('vietnameseLabel'), 'vi')}
      {changed && (
        <div className="row">
          <button type="submit" className="small" disabled={editing.busy}>
            {t('saveLabels')}
          </button>
          <button type="button" className="small quiet" onClick={() => setFields(fieldsOf(theme.label))}>
            {t('undoChanges')}
          </button>
        </div>
      )}
      <EditStatus editing={editing} />
    </form>
  )
}
