// The Settings dialog: a modal <dialog> (focus kept inside, Escape closes it, focus goes back to
// where it was) with the reading comfort, how years are written, the interface language, the way
// to the shortcut sheet, the library's folders, the word list and where the data lives. Every change shows at once, in the reader behind and the sample, and is saved a moment
// later; the header says when it is saved, or why it could not be. Keys typed in it stay in it.
import './settings.css'
import { useId, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useModalDialog } from '../dialogs/use-modal-dialog'
import { ChoiceGroup } from './ChoiceGroup'
import { ReadingSection } from './ReadingSection'
import { LibrarySection } from './LibrarySection'
import { WordListSection } from './WordListSection'
import { DataSection } from './DataSection'
import type { SettingsDialogControl } from './use-settings-dialog'
import type { ReadingSettingsControl, SaveState } from './use-reading-settings'

interface Props {
  control: SettingsDialogControl
  settings: ReadingSettingsControl
  /** Opens the keyboard shortcut sheet (this dialog closes first). */
  onShortcuts: () => void
}

export function SettingsDialog(props: Props) {
  return props.control.isOpen ? <Dialog {...props} /> : null
}

const SAVE_TEXT = { idle: null, saving: 'saving', saved: 'saved', failed: null } as const satisfies Record<
  SaveState['kind'],
  'saving' | 'saved' | null
>

function Dialog({ control, settings, onShortcuts }: Props) {
  const dialog = useModalDialog()
  const { t } = useTranslation('settings')
  const datesId = useId()
  const close = () => {
    settings.flush()
    control.close()
  }
  const onKey = (event: KeyboardEvent) => {
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      close()
    }
  }
  const year = new Date().getFullYear()
  const { save } = settings
  const saveText = SAVE_TEXT[save.kind]

  return (
    <dialog
      ref={dialog}
      className="modal-sheet settings-dialog"
      aria-labelledby="settings-dialog-title"
      onClose={close}
      onKeyDown={onKey}
    >
      <header className="settings-head">
        <h2 id="settings-dialog-title">{t('title')}</h2>
        <span className="settings-saved muted" role="status">
          {saveText && t(saveText)}
        </span>
        <button type="button" className="small quiet settings-close" aria-label={t('close')} onClick={close}>
          ×
        </button>
      </header>
      {save.kind === 'failed' && (
        <p className="settings-problem" role="alert">
          {save.message}
        </p>
      )}
      <div className="settings-body">
        <ReadingSection control={settings} />
        <section className="settings-section" aria-labelledby={datesId}>
          <h3 id={datesId}>{t('dates')}</h3>
          <ChoiceGroup
            legend={t('years')}
            value={settings.settings.yearStyle}
            choices={[
              { value: 'gregorian', label: t('commonEra'), hint: `(${year})` },
              { value: 'buddhist', label: t('buddhistEra'), hint: `(พ.ศ. ${year + 543})` }
            ]}
            onChange={(yearStyle) => settings.change({ yearStyle })}
          />
        </section>
        <section className="settings-section" aria-labelledby={`${datesId}-language`}>
          <h3 id={`${datesId}-language`}>{t('language')}</h3>
          <ChoiceGroup
            legend={t('interfaceLanguage')}
            value={settings.settings.language}
            choices={[
              { value: 'en', label: 'English' },
              { value: 'th', label: 'ไทย' }
            ]}
            onChange={(language) => settings.change({ language })}
          />
        </section>
        <section className="settings-section" aria-labelledby={`${datesId}-keys`}>
          <h3 id={`${datesId}-keys`}>{t('shortcuts')}</h3>
          <p className="settings-row">
            <button
              type="button"
              className="small"
              onClick={() => {
                close()
                onShortcuts()
              }}
            >
              {t('openShortcuts')}
            </button>
            <span className="muted">{t('shortcutsHint')}</span>
          </p>
        </section>
        <LibrarySection id={`${datesId}-library`} />
        <WordListSection id={`${datesId}-words`} />
        <DataSection id={`${datesId}-data`} />
        <p className="settings-row settings-foot">
          <button type="button" className="small quiet" onClick={settings.reset}>
            {t('defaults')}
          </button>
        </p>
      </div>
    </dialog>
  )
}
