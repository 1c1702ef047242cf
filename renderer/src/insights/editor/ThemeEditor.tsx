// The theme editor, shown in the library's place beside the reader: every theme of the ontology
// detection uses, its labels and cues (which are the user's), a new theme, and resets to the
// shipped version. An edit is kept in the data folder (the shipped file stays as it is) and the
// index detects themes again at once: the About tab beside it follows without a relaunch.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFocusReturn } from '../../keys/use-focus-return'
import { SafeText } from '../../bidi/SafeText'
import { AddThemeForm } from './AddThemeForm'
import { EditStatus } from './EditStatus'
import { ResetControl } from './ResetControl'
import { editorItemId, ThemeEditorItem } from './ThemeEditorItem'
import { useOntology, useOntologyEdit } from './use-ontology'
import '../insights.css'
import '../review/theme-review.css'
import './theme-editor.css'

interface Props {
  /** The theme to open (from its "Edit cues"), or null for the whole list. */
  themeId: string | null
  onClose: () => void
}

export function ThemeEditor({ themeId, onClose }: Props) {
  const { t } = useTranslation('insights')
  const ontology = useOntology()
  const resetAll = useOntologyEdit()
  const [open, setOpen] = useState<string | null>(themeId)
  const [adding, setAdding] = useState(false)
  const section = useRef<HTMLElement>(null)
  const newTheme = useRef<HTMLButtonElement>(null)
  // Asked again for another theme while open: that one opens.
  const [asked, setAsked] = useState(themeId)
  if (asked !== themeId) {
    setAsked(themeId)
    if (themeId) setOpen(themeId)
  }

  // The keyboard starts here (in the cue field when opened on a theme) and goes back on closing.
  useFocusReturn(section)
  useEffect(() => {
    if (open) document.getElementById(editorItemId(open))?.scrollIntoView({ block: 'nearest' })
  }, [open])
  useEffect(() => {
    // An edit that took away the focused control (a reset, a removed theme) leaves the keyboard here.
    const frame = requestAnimationFrame(() => {
      if (document.activeElement === document.body) section.current?.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [ontology.data])

  const view = ontology.data
  return (
    <section
      ref={section}
      className="theme-editor"
      aria-label={t('editorLabel')}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.preventDefault()
        onClose()
      }}
    >
      <div className="review-head">
        <h2 className="pane-title">{t('editorTitle')}</h2>
        <button type="button" className="small quiet" title={t('closeTitle')} onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p className="editor-intro">{t('editorIntro')}</p>
      {view?.problem && (
        <p className="notice" role="alert">
          <SafeText text={view.problem} />
        </p>
      )}
      <div className="editor-body">
        {ontology.isPending && <p className="empty">{t('readingOntology')}</p>}
        {ontology.error && (
          <p className="error" role="alert">
            <SafeText text={ontology.error.message} />
          </p>
        )}
        {view && view.themes.length === 0 && <p className="empty">{t('noTheme')}</p>}
        {view && view.themes.length > 0 && (
          <ol className="editor-themes" aria-label={t('themes')}>
            {view.themes.map((theme) => (
              <ThemeEditorItem
                key={theme.id}
                theme={theme}
                open={open === theme.id}
                focusCue={themeId === theme.id}
                onToggle={() => setOpen(open === theme.id ? null : theme.id)}
              />
            ))}
          </ol>
        )}
        {view &&
          (adding ? (
            <AddThemeForm
              onDone={(id) => {
                setAdding(false)
                if (id) setOpen(id)
                // The form goes: the keyboard moves to the new theme, or back to the button.
                requestAnimationFrame(() =>
                  (id ? document.getElementById(editorItemId(id))?.querySelector('button') : newTheme.current)?.focus()
                )
              }}
            />
          ) : (
            <div className="row editor-actions">
              <button ref={newTheme} type="button" className="small" onClick={() => setAdding(true)}>
                {t('addNewTheme')}
              </button>
              {view.yours && (
                <ResetControl
                  label={t('resetAll')}
                  question={t('resetAllQuestion')}
                  confirm={t('resetAllConfirm')}
                  disabled={resetAll.busy}
                  onConfirm={() => resetAll.run({ action: 'reset-all' }, t('resetAllDone'))}
                />
              )}
            </div>
          ))}
        <EditStatus editing={resetAll} />
      </div>
      <p className="review-keys">{t('editorKeys')}</p>
    </section>
  )
}
