// The bar between the two readers: drag it, or focus it and press ←/→ (Home/End for the limits);
// a double click shares the width equally again. While dragging, only the panes' widths change
// (a style property on their row); the layout takes the share when the drag ends.
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'

const MIN = 0.2
const MAX = 0.8
const STEP = 0.05
const clamp = (share: number) => Math.min(MAX, Math.max(MIN, share))

interface Props {
  share: number
  onChange: (share: number) => void
  /** The row the two panes sit in: its width is what the share is of. */
  row: RefObject<HTMLDivElement | null>
  /** Sets the left pane's width while dragging, before the share is committed. */
  preview: (share: number) => void
}

export function PaneDivider({ share, onChange, row, preview }: Props) {
  const { t } = useTranslation('panes')
  const dragged = useRef<number | null>(null)
  const shareAt = (event: PointerEvent) => {
    const box = row.current?.getBoundingClientRect()
    return box && box.width > 0 ? clamp((event.clientX - box.left) / box.width) : share
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const next =
      event.key === 'ArrowLeft'
        ? share - STEP
        : event.key === 'ArrowRight'
          ? share + STEP
          : event.key === 'Home'
            ? MIN
            : event.key === 'End'
              ? MAX
              : null
    if (next === null) return
    event.preventDefault()
    onChange(clamp(Math.round(next * 100) / 100))
  }
  return (
    <div
      className="pane-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('dividerLabel')}
      aria-valuemin={MIN * 100}
      aria-valuemax={MAX * 100}
      aria-valuenow={Math.round(share * 100)}
      tabIndex={0}
      title={t('dividerTitle')}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onChange(0.5)}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId)
        dragged.current = share
      }}
      onPointerMove={(event) => {
        if (dragged.current === null) return
        dragged.current = shareAt(event)
        preview(dragged.current)
      }}
      onPointerUp={() => {
        if (dragged.current !== null) onChange(dragged.current)
        dragged.current = null
      }}
    />
  )
}
