// The top bar's way in to the shortcut sheet for a mouse user, and a reminder of the `?` key.
import { useTranslation } from 'react-i18next'
import './shortcut-sheet.css'

export function ShortcutSheetButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className="small quiet shortcut-sheet-button"
      aria-label={t('topBar.shortcutsLabel')}
      title={t('topBar.shortcutsTitle')}
      onClick={onOpen}
    >
      ?
    </button>
  )
}
