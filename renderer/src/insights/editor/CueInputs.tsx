import { useId } from 'react'
import { CUE_MAX, CUE_WEIGHTS } from '../../../../common/model/ontology-edit'
import { OTHER_WEIGHT, formatWeight, type CueFields } from './cue-form'

interface Props {
  fields: CueFields
  onChange: (fields: CueFields) => void
  /** Names the inputs for assistive technology: "New cue", "First cue". */
  label: string
  autoFocus?: boolean
}

/** A cue's text, its weight (one of the ontology's three, or typed) and its language (detected unless said). */
export function CueInputs({ fields, onChange, label, autoFocus }: Props) {
  const id = useId()
  const set = (part: Partial<CueFields>) => onChange({ ...fields, ...part })
  return (
    <>
      <input
        className="cue-text"
        aria-label={`${label}: a word or phrase`}
        lang={fields.lang === 'vi' ? 'vi' : 'th'}
        value={fields.text}
        maxLength={CUE_MAX * 2}
        placeholder={`${label}; Enter adds it`}
        autoFocus={autoFocus}
        onChange={(event) => set({ text: event.target.value })}
      />
      <div className="row cue-options">
        <label htmlFor={`${id}-weight`} className="visually-hidden">
          {label}: weight
        </label>
        <select
          id={`${id}-weight`}
          className="cue-weight-choice"
          value={fields.weight}
          onChange={(event) => set({ weight: event.target.value })}
        >
          {CUE_WEIGHTS.map(({ weight, label: meaning }) => (
            <option key={weight} value={String(weight)}>
              {formatWeight(weight)} · {meaning}
            </option>
          ))}
          <option value={OTHER_WEIGHT}>Another weight…</option>
        </select>
        {fields.weight === OTHER_WEIGHT && (
          <input
            className="cue-weight"
            type="number"
            min={0.05}
            max={1}
            step={0.05}
            aria-label={`${label}: weight, more than 0 and at most 1`}
            value={fields.other}
            onChange={(event) => set({ other: event.target.value })}
          />
        )}
        <select
          className="cue-language"
          aria-label={`${label}: language`}
          value={fields.lang}
          onChange={(event) => set({ lang: event.target.value as CueFields['lang'] })}
        >
          <option value="auto">Auto (th/vi)</option>
          <option value="th">Thai</option>
          <option value="vi">Vietnamese</option>
        </select>
      </div>
    </>
  )
}

export const emptyCue = (): CueFields => ({ text: '', weight: '1', other: '', lang: 'auto' })
