// What the last undo or redo did, in a polite live region at the bottom of the window.
import './undo-notice.css'
export function UndoNotice({ text }: { text: string | null }) {
  return (
    <div className="undo-notice" role="status" aria-label="Undo and redo">
      {text && <span className="undo-notice-text">{text}</span>}
    </div>
  )
}
