// The Export dialog: a modal <dialog> (the browser keeps focus inside and closes it on Escape)
// with two tabs, Export and Import. Focus goes to the tab's first field when it opens and back
// to where it was when it closes. Keys typed in it stay in it: the reader's one-letter shortcuts
// (H, M, 1–6) must not act behind a modal.
import './export.css'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useModalDialog } from '../dialogs/use-modal-dialog'
import { ExportPanel } from './ExportPanel'
import { ImportPanel } from './ImportPanel'
import type { ScopeContext } from './scope-choice'
import type { ExportDialogControl, ExportTab } from './use-export-dialog'

interface Props {
  control: ExportDialogControl
  context: ScopeContext
  /** The title of the article in the pane in use, to name "This article". */
  activeTitle: string | null
}

const TABS: Array<[ExportTab, 'tabExport' | 'tabImport']> = [
  ['export', 'tabExport'],
  ['import', 'tabImport']
]

export function ExportDialog({ control, context, activeTitle }: Props) {
  const { t } = useTranslation('export')
  const dialog = useModalDialog()
  const { close, tab, setTab } = control
  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    const next = tab === 'export' ? 'import' : 'export'
    setTab(next)
    dialog.current?.querySelector<HTMLElement>(`#export-tab-${next}`)?.focus()
  }

  return (
    <dialog
      ref={dialog}
      className="modal-sheet export-dialog"
      aria-labelledby="export-dialog-title"
      onClose={close}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <header className="export-head">
        <h2 id="export-dialog-title">{t('title')}</h2>
        <div className="tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onTabKey}>
          {TABS.map(([id, label]) => (
            <button
              key={id}
              id={`export-tab-${id}`}
              type="button"
              role="tab"
              aria-selected={tab === id}
              aria-controls={`export-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
            >
              {t(label)}
            </button>
          ))}
        </div>
        <button type="button" className="small quiet export-close" aria-label={t('close')} onClick={close}>
          ×
        </button>
      </header>
      <div id={`export-panel-${tab}`} role="tabpanel" aria-labelledby={`export-tab-${tab}`} className="export-body">
        {tab === 'export' ? (
          <ExportPanel control={control} context={context} activeTitle={activeTitle} />
        ) : (
          <ImportPanel />
        )}
      </div>
    </dialog>
  )
}
