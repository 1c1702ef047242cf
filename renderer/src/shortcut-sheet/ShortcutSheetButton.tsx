// The top bar's way in to the shortcut sheet for a mouse user, and a reminder of the `?` key.
import './shortcut-sheet.css'

export function ShortcutSheetButton({ onOpen }: { onOpen: () => void }) {
  return (
    <button
      type="button"
      className="small quiet shortcut-sheet-button"
      aria-label="Keyboard shortcuts (?)"
      title="Keyboard shortcuts (? or F1)"
      onClick={onOpen}
    >
      ?
    </button>
  )
}
