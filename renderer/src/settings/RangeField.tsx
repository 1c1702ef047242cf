// A labelled slider with its value written beside it ("18 px"): arrows, Page Up/Down, Home and
// End move it, as any range input; the value is announced with its unit.
import { useId } from 'react'

interface Props {
  label: string
  value: number
  range: { min: number; max: number; step: number }
  /** The value as shown and announced: '18 px'. */
  format: (value: number) => string
  onChange: (value: number) => void
  disabled?: boolean
}

export function RangeField({ label, value, range, format, onChange, disabled }: Props) {
  const id = useId()
  return (
    <div className="settings-range">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={value}
        disabled={disabled}
        aria-valuetext={format(value)}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      {/* Seen, not announced: the slider's own value text says it, once. */}
      <output htmlFor={id} aria-hidden="true">
        {format(value)}
      </output>
    </div>
  )
}
