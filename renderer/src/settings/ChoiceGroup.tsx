// A set of radio buttons under a legend: one tab stop, the arrows move between the choices (the
// browser's own radio group), each choice labelled and, where it helps, explained.
import { useId } from 'react'

interface Props<Value extends string> {
  legend: string
  value: Value
  choices: ReadonlyArray<{ value: Value; label: string; hint?: string }>
  onChange: (value: Value) => void
}

export function ChoiceGroup<Value extends string>({ legend, value, choices, onChange }: Props<Value>) {
  const name = useId()
  return (
    <fieldset className="settings-choices">
      <legend>{legend}</legend>
      <div className="settings-choice-list">
        {choices.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
            {choice.hint && <span className="muted"> {choice.hint}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
