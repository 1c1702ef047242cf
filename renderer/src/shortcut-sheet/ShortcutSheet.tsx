// The "Keyboard shortcuts" sheet: a modal <dialog> (the browser keeps focus inside) listing every
// shortcut the app defines, grouped by where it acts, with a filter at the top. Escape closes it
// and focus goes back to where it was. Keys typed in it stay in it: the reader's one-letter keys
// (H, M, 1–6) and '?' itself must not act behind a modal. "Change" on a row takes the next combo
// pressed as that shortcut's keys (use-key-recorder.ts); a live line under the head says what to
// press, why keys were refused, or what changed.
import './shortcut-sheet.css'
import { useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useModalDialog } from '../dialogs/use-modal-dialog'
import { useKeymap } from '../keys/KeymapProvider'
import { detectPlatform } from './format-keys'
import { filterGroups, groupShortcuts } from './sheet-groups'
import { shortcutCatalogue } from './shortcut-catalogue'
import { ShortcutRows, type RowEditing } from './ShortcutRows'
import { useKeyRecorder } from './use-key-recorder'
import type { ShortcutKeysControl } from './use-shortcut-keys'
import type { ShortcutSheetControl } from './use-shortcut-sheet'

export function ShortcutSheet({ control }: { control: ShortcutSheetControl }) {
  return control.isOpen ? <SheetDialog onClose={control.close} keys={control.keys} /> : null
}

const platform = detectPlatform(navigator.userAgent)

function SheetDialog({ onClose, keys }: { onClose: () => void; keys: ShortcutKeysControl }) {
  const { t } = useTranslation('shortcuts')
  const dialog = useModalDialog()
  const registry = useKeymap()
  const [query, setQuery] = useState('')
  const recorder = useKeyRecorder(keys, platform)
  // What is registered when the sheet opens (nothing mounts or unmounts behind a modal), with the
  // user's keys as they change.
  const groups = useMemo(
    () => groupShortcuts(shortcutCatalogue(registry.list(), keys.overrides), platform, t),
    [registry, keys.overrides, t]
  )
  const editing: RowEditing = {
    recording: recorder.recording,
    change: (row) => row.changeId && recorder.start(row.changeId, row.description),
    reset: (row) => row.changeId && keys.reset(row.changeId)
  }
  const shown = filterGroups(groups, query)
  const total = groups.reduce((sum, group) => sum + group.rows.length, 0)
  const count = shown.reduce((sum, group) => sum + group.rows.length, 0)

  const onKey = (event: KeyboardEvent) => {
    event.stopPropagation()
    if (recorder.onKey(event)) return
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
        {Object.keys(keys.overrides).length > 0 && (
          <button type="button" className="small quiet" onClick={keys.resetAll}>
            {t('edit.resetAll')}
          </button>
        )}
        <button type="button" className="small quiet shortcut-sheet-close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p
        className={recorder.message?.refused ? 'shortcut-sheet-message refused' : 'shortcut-sheet-message'}
        role="status"
      >
        {keys.problem ?? recorder.message?.text}
      </p>
      {/* Focusable, so the keyboard can scroll a sheet taller than the window. */}
      <div className="shortcut-sheet-body" tabIndex={0}>
        {shown.length === 0 ? (
          <p className="shortcut-sheet-none">{t('none', { query: query.trim() })}</p>
        ) : (
          shown.map((group) => <ShortcutRows key={group.id} group={group} editing={editing} />)
        )}
      </div>
    </dialog>
  )
}
