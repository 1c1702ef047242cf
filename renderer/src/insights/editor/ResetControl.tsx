import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  /** The button: "Reset to the shipped version", "Remove this theme". */
  label: string
  /** What confirming does, asked before it is done. */
  question: string
  confirm: string
  disabled?: boolean
  onConfirm: () => Promise<unknown>
}

/** A reset asked once more before it is done: Esc or Cancel keeps everything as it is. */
export function ResetControl({ label, question, confirm, disabled, onConfirm }: Props) {
  const { t } = useTranslation('insights')
  const [asking, setAsking] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  const cancel = () => {
    setAsking(false)
    requestAnimationFrame(() => opener.current?.focus())
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation() // closes the question, not the editor
    cancel()
  }
  if (!asking)
    return (
      <button ref={opener} type="button" className="small quiet" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    )
  return (
    <div className="reset-question" role="group" aria-label={label} onKeyDown={onKeyDown}>
      <span>{question}</span>
      <div className="row">
        <button
          type="button"
          className="small danger"
          autoFocus
          onClick={() => void onConfirm().finally(() => setAsking(false))}
        >
          {confirm}
        </button>
        <button type="button" className="small" onClick={cancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  )
}
