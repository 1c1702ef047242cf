// A bar between two panes (the two readers; the library or the sidebar and the reader): drag it,
// or focus it and press ←/→ (Home/End for the limits); a double click puts it back where it
// started. The value is the size of the pane it measures, in whole units (per cent of the row,
// pixels): ←/→ move the bar, so for a pane on the bar's right ← makes the value larger. While
// dragging only `preview` runs (a style property); the value is committed when the drag ends.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react'

interface Props {
  value: number
  min: number
  max: number
  step: number
  /** Where a double click puts the bar. */
  reset: number
  /** Which side of the bar the measured pane is on. */
  measures: 'left' | 'right'
  label: string
  title: string
  /** Read out after the number, e.g. "320 pixels"; the number alone when absent. */
  valueText?: string
  className?: string
  onChange: (value: number) => void
  /** Shows a value while dragging, before it is committed. */
  preview: (value: number) => void
  /** The value for a pointer at this x (client pixels); null when it cannot be told. */
  valueAt: (clientX: number) => number | null
}

export function PaneDivider(props: Props) {
  const { value, min, max, step, measures, onChange } = props
  const dragged = useRef<number | null>(null)
  const clamp = (next: number) => Math.round(Math.min(max, Math.max(min, next)))
  const onKeyDown = (event: KeyboardEvent) => {
    const towardsPane = measures === 'left' ? 'ArrowRight' : 'ArrowLeft'
    const awayFromPane = measures === 'left' ? 'ArrowLeft' : 'ArrowRight'
    const next =
      event.key === towardsPane
        ? value + step
        : event.key === awayFromPane
          ? value - step
          : event.key === 'Home'
            ? min
            : event.key === 'End'
              ? max
              : null
    if (next === null) return
    event.preventDefault()
    onChange(clamp(next))
  }
  const at = (event: PointerEvent) => {
    const next = props.valueAt(event.clientX)
    return next === null ? value : clamp(next)
  }
  return (
    <div
      className={['pane-divider', props.className].filter(Boolean).join(' ')}
      role="separator"
      aria-orientation="vertical"
      aria-label={props.label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={props.valueText}
      tabIndex={0}
      title={props.title}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onChange(clamp(props.reset))}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId)
        dragged.current = value
      }}
      onPointerMove={(event) => {
        if (dragged.current === null) return
        dragged.current = at(event)
        props.preview(dragged.current)
      }}
      onPointerUp={() => {
        if (dragged.current !== null && dragged.current !== value) onChange(dragged.current)
        dragged.current = null
      }}
    />
  )
}
