import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { GLOBAL_SCOPE } from './keys/keymap-registry'
import { APP_SHORTCUTS } from './keys/shortcuts'
import { EXPORT_SHORTCUTS } from './export/export-shortcuts'
import { useShortcut } from './keys/use-shortcut'
import type { SearchView } from './search/use-search'
import { OverviewSwitch } from './overview/OverviewSwitch'
import type { Overview } from './overview/use-overview'
import { ShortcutSheetButton } from './shortcut-sheet/ShortcutSheetButton'
import { useKeysText } from './shortcut-sheet/use-keys-text'

interface Props {
  search: SearchView
  overview: Overview
  /** Opens the Export dialog (also Ctrl+Shift+E). */
  onExport: () => void
  /** Opens the keyboard shortcut sheet (also ? and F1). */
  onShortcuts: () => void
  /** Opens the Settings dialog (also Ctrl+,). */
  onSettings: () => void
  /** ArrowDown in the box: the keyboard moves on to the results. */
  onToResults: () => void
}

export function TopBar({ search, overview, onExport, onShortcuts, onSettings, onToResults }: Props) {
  const { t } = useTranslation()
  const box = useRef<HTMLInputElement>(null)
  // The keys as the user has them (they can change them in the shortcut sheet).
  const searchKeys = useKeysText(APP_SHORTCUTS.searchFocus)
  const settingsKeys = useKeysText(APP_SHORTCUTS.settings)
  const exportKeys = useKeysText(EXPORT_SHORTCUTS.open)

  const focusBox = () => {
    box.current?.focus()
    box.current?.select()
  }
  useShortcut(GLOBAL_SCOPE, APP_SHORTCUTS.searchFocus, focusBox)
  useShortcut(GLOBAL_SCOPE, APP_SHORTCUTS.searchSlash, focusBox)

  return (
    <header className="top-bar">
      <span className="brand">Crossread</span>
      <input
        ref={box}
        className="search"
        type="search"
        lang="th"
        aria-label={t('topBar.searchLabel')}
        placeholder={t('topBar.searchPlaceholder', { keys: searchKeys })}
        value={search.query}
        onChange={(event) => search.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            search.setQuery('')
          } else if (event.key === 'ArrowDown' && search.active) {
            event.preventDefault()
            onToResults()
          }
        }}
      />
      <OverviewSwitch overview={overview} />
      <button type="button" className="small" title={t('topBar.exportTitle', { keys: exportKeys })} onClick={onExport}>
        {t('topBar.export')}
      </button>
      <button
        type="button"
        className="small"
        title={t('topBar.settingsTitle', { keys: settingsKeys })}
        onClick={onSettings}
      >
        {t('topBar.settings')}
      </button>
      <ShortcutSheetButton onOpen={onShortcuts} />
    </header>
  )
}
