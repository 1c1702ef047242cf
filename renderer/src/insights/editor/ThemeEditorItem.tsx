import { useTranslation } from 'react-i18next'
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

/** One theme: its names and cue count, and when open its labels, cues and a reset. */
export function ThemeEditorItem({ theme, open, onToggle, focusCue }: Props) {
  const { t } = useTranslation('insights')
  const editing = useOntologyEdit()
  const yours = theme.cues.filter((cue) => cue.yours).length
  return (
    <li id={editorItemId(theme.id)} className={`editor-theme origin-${theme.origin}${open ? ' open' : ''}`}>
      <button type="button" className="editor-theme-head" aria-expanded={open} onClick={onToggle}>
        <span className="insight-head">
          <span className="theme-name" lang="th">
            <SafeText text={theme.label.th} />
          </span>
          <span className="theme-state">{t(`origin.${theme.origin}`)}</span>
        </span>
        <span className="theme-en">
          <SafeText text={theme.label.en} />
        </span>
        <span className="insight-note">
          {t('cueCount', { count: theme.cues.length })}
          {yours > 0 && theme.origin !== 'added' ? t('yoursCount', { count: yours }) : ''}
          {theme.removedCues.length > 0 ? t('removedCount', { count: theme.removedCues.length }) : ''}
        </span>
      </button>
      {open && (
        <div className="editor-theme-body">
          <h4 className="editor-subhead">{t('cuesHeading', { count: theme.cues.length })}</h4>
          <AddCueForm key={theme.id} theme={theme} editing={editing} autoFocus={focusCue} />
          <EditStatus editing={editing} />
          <CueList theme={theme} editing={editing} />
          {theme.removedCues.length > 0 && (
            <p className="insight-note">
              {t('removedCues')}{' '}
              <span lang="th">
                <SafeText text={theme.removedCues.map((cue) => cue.text).join(' · ')} />
              </span>
            </p>
          )}
          <details className="editor-labels" open={theme.origin === 'added' || theme.labelEdited}>
            <summary>{theme.labelEdited ? t('labelsYours') : t('labels')}</summary>
            <LabelsForm theme={theme} />
          </details>
          {theme.relatedDocuments.length > 0 && (
            <p className="insight-note">
              {t('relatedDocuments', {
                documents: theme.relatedDocuments.map((key) => key.replace('@', t('documentOf'))).join(', ')
              })}
            </p>
          )}
          <div className="row editor-theme-foot">
            <span className="insight-note">
              {t('id')} <code>{theme.id}</code>
            </span>
            {theme.origin !== 'shipped' && (
              <ResetControl
                label={theme.origin === 'added' ? t('removeTheme') : t('resetTheme')}
                question={theme.origin === 'added' ? t('removeThemeQuestion') : t('resetThemeQuestion')}
                confirm={theme.origin === 'added' ? t('remove') : t('reset')}
                disabled={editing.busy}
                onConfirm={() =>
                  editing.run(
                    { action: 'reset-theme', theme: theme.id },
                    theme.origin === 'added' ? t('themeRemoved') : t('themeReset')
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
