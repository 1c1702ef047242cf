// The theme editor, shown in the library's place beside the reader: every theme of the ontology
// detection uses, its labels and cues (which are the user's), a new theme, and resets to the
// shipped version. An edit is kept in the data folder (the shipped file stays as it is) and the
// index detects themes again at once: the About tab beside it follows without a relaunch.
import { useEffect, useRef, useState } from 'react'
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
      aria-label="Theme editor"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.preventDefault()
        onClose()
      }}
    >
      <div className="review-head">
        <h2 className="pane-title">Themes and cues</h2>
        <button type="button" className="small quiet" title="Back to the library (Esc)" onClick={onClose}>
          ✕ Close
        </button>
      </div>
      <p className="editor-intro">
        A cue matches whole words of an article; its weight says how much it counts. Your changes are kept in your data
        folder, and every article is checked again at once.
      </p>
      {view?.problem && (
        <p className="notice" role="alert">
          <SafeText text={view.problem} />
        </p>
      )}
      <div className="editor-body">
        {ontology.isPending && <p className="empty">Reading the theme ontology…</p>}
        {ontology.error && (
          <p className="error" role="alert">
            <SafeText text={ontology.error.message} />
          </p>
        )}
        {view && view.themes.length === 0 && <p className="empty">The ontology has no theme. Add one below.</p>}
        {view && view.themes.length > 0 && (
          <ol className="editor-themes" aria-label="Themes">
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
                + New theme
              </button>
              {view.yours && (
                <ResetControl
                  label="Reset all to shipped…"
                  question="Go back to the shipped ontology? Your themes and cue changes go; your verdicts stay."
                  confirm="Reset all"
                  disabled={resetAll.busy}
                  onConfirm={() => resetAll.run({ action: 'reset-all' }, 'The shipped ontology is in use again.')}
                />
              )}
            </div>
          ))}
        <EditStatus editing={resetAll} />
      </div>
      <p className="review-keys">Enter adds · ↑↓ between cues · Delete removes the focused cue · Esc closes</p>
    </section>
  )
}
