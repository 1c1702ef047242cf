// The "Keyboard shortcuts" sheet: a modal <dialog> (the browser keeps focus inside) listing every
// shortcut the app defines, grouped by where it acts, with a filter at the top. Escape closes it
// and focus goes back to where it was. Keys typed in it stay in it: the reader's one-letter keys
// (H, M, 1–6) and '?' itself must not act behind a modal.
import './shortcut-sheet.css'
import { useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useModalDialog } from '../dialogs/use-modal-dialog'
import { useKeymap } from '../keys/KeymapProvider'
import { detectPlatform } from './format-keys'
import { filterGroups, groupShortcuts } from './sheet-groups'
import { shortcutCatalogue } from './shortcut-catalogue'
import { ShortcutRows } from './ShortcutRows'
import type { ShortcutSheetControl } from './use-shortcut-sheet'

export function ShortcutSheet({ control }: { control: ShortcutSheetControl }) {
  return control.isOpen ? <SheetDialog onClose={control.close} /> : null
}

function SheetDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('shortcuts')
  const dialog = useModalDialog()
  const registry = useKeymap()
  const [query, setQuery] = useState('')
  // What is registered when the sheet opens; nothing mounts or unmounts behind a modal.
  const groups = useMemo(
    () => groupShortcuts(shortcutCatalogue(registry.list()), detectPlatform(navigator.userAgent), t),
    [registry, t]
  )
  const shown = filterGroups(groups, query)
  const total = groups.reduce((sum, group) => sum + group.rows.length, 0)
  const count = shown.reduce((sum, group) => sum + group.rows.length, 0)

  const onKey = (event: KeyboardEvent) => {
    event.stopPropagation()
    // Escape closes even from the filter (a search field would otherwise only empty itself).
    if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
    }
  }

  return (
    <dialog
      ref={dialog}
      className="modal-sheet shortcut-sheet"
      aria-labelledby="shortcut-sheet-title"
      onClose={onClose}
      onKeyDown={onKey}
    >
      <header className="shortcut-sheet-head">
        <h2 id="shortcut-sheet-title">{t('title')}</h2>
        <input
          data-autofocus
          type="search"
          className="shortcut-sheet-filter"
          aria-label={t('filterLabel')}
          placeholder={t('filterPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span className="shortcut-sheet-count" role="status">
          {count === total ? t('total', { count: total }) : t('shown', { shown: count, count: total })}
        </span>
        <button type="button" className="small quiet shortcut-sheet-close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      {/* Focusable, so the keyboard can scroll a sheet taller than the window. */}
      <div className="shortcut-sheet-body" tabIndex={0}>
        {shown.length === 0 ? (
          <p className="shortcut-sheet-none">{t('none', { query: query.trim() })}</p>
        ) : (
          shown.map((group) => <ShortcutRows key={group.id} group={group} />)
        )}
      </div>
    </dialog>
  )
}
