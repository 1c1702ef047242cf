import type { ThemeView } from '../../../../common/model/ontology-view'
import { SafeText } from '../../bidi/SafeText'
import { AddCueForm } from './AddCueForm'
import { CueList } from './CueList'
import { EditStatus } from './EditStatus'
import { LabelsForm } from './LabelsForm'
import { ResetControl } from './ResetControl'
import { useOntologyEdit } from './use-ontology'

interface Props {
  theme: ThemeView
  open: boolean
  onToggle: () => void
  /** Opened from its "Edit cues": the new cue's field takes the keyboard. */
  focusCue: boolean
}

/** The element id of a theme's item, to scroll it into view. */
export const editorItemId = (themeId: string) => `theme-editor-${themeId}`

const ORIGIN = { shipped: 'As shipped', edited: 'Edited by you', added: 'Your theme' } as const

/** One theme: its names and cue count, and when open its labels, cues and a reset. */
export function ThemeEditorItem({ theme, open, onToggle, focusCue }: Props) {
  const editing = useOntologyEdit()
  const yours = theme.cues.filter((cue) => cue.yours).length
  return (
    <li id={editorItemId(theme.id)} className={`editor-theme origin-${theme.origin}${open ? ' open' : ''}`}>
      <button type="button" className="editor-theme-head" aria-expanded={open} onClick={onToggle}>
        <span className="insight-head">
          <span className="theme-name" lang="th">
            <SafeText text={theme.label.th} />
          </span>
          <span className="theme-state">{ORIGIN[theme.origin]}</span>
        </span>
        <span className="theme-en">
          <SafeText text={theme.label.en} />
        </span>
        <span className="insight-note">
          {theme.cues.length} {theme.cues.length === 1 ? 'cue' : 'cues'}
          {yours > 0 && theme.origin !== 'added' ? `, ${yours} yours` : ''}
          {theme.removedCues.length > 0 ? `, ${theme.removedCues.length} shipped removed` : ''}
        </span>
      </button>
      {open && (
        <div className="editor-theme-body">
          <h4 className="editor-subhead">Cues ({theme.cues.length})</h4>
          <AddCueForm key={theme.id} theme={theme} editing={editing} autoFocus={focusCue} />
          <EditStatus editing={editing} />
          <CueList theme={theme} editing={editing} />
          {theme.removedCues.length > 0 && (
            <p className="insight-note">
              Shipped cues you removed:{' '}
              <span lang="th">
                <SafeText text={theme.removedCues.map((cue) => cue.text).join(' · ')} />
              </span>
            </p>
          )}
          <details className="editor-labels" open={theme.origin === 'added' || theme.labelEdited}>
            <summary>Labels{theme.labelEdited ? ' (yours)' : ''}</summary>
            <LabelsForm theme={theme} />
          </details>
          {theme.relatedDocuments.length > 0 && (
            <p className="insight-note">
              Citing these counts for it: {theme.relatedDocuments.map((key) => key.replace('@', ' of ')).join(', ')}
            </p>
          )}
          <div className="row editor-theme-foot">
            <span className="insight-note">
              id <code>{theme.id}</code>
            </span>
            {theme.origin !== 'shipped' && (
              <ResetControl
                label={theme.origin === 'added' ? 'Remove this theme' : 'Reset to the shipped version'}
                question={
                  theme.origin === 'added'
                    ? 'Remove this theme and its cues? Your verdicts on it are kept.'
                    : 'Go back to the shipped labels and cues of this theme?'
                }
                confirm={theme.origin === 'added' ? 'Remove' : 'Reset'}
                disabled={editing.busy}
                onConfirm={() =>
                  editing.run(
                    { action: 'reset-theme', theme: theme.id },
                    theme.origin === 'added' ? 'The theme is removed.' : 'The theme is as shipped again.'
                  )
                }
              />
            )}
          </div>
        </div>
      )}
    </li>
  )
}
