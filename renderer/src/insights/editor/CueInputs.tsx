import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { CUE_MAX, CUE_WEIGHTS } from '../../../../common/model/ontology-edit'
import { OTHER_WEIGHT, formatWeight, weightMeaning, type CueFields } from './cue-form'

interface Props {
  fields: CueFields
  onChange: (fields: CueFields) => void
  /** Names the inputs for assistive technology: "New cue", "First cue". */
  label: string
  autoFocus?: boolean
}

/** A cue's text, its weight (one of the ontology's three, or typed) and its language (detected unless said). */
export function CueInputs({ fields, onChange, label, autoFocus }: Props) {
  const { t } = useTranslation('insights')
  const id = useId()
  const set = (part: Partial<CueFields>) => onChange({ ...fields, ...part })
  return (
    <>
      <input
        className="cue-text"
        aria-label={t('cueText', { label })}
        lang={fields.lang === 'vi' ? 'vi' : 'th'}
        value={fields.text}
        maxLength={CUE_MAX * 2}
        placeholder={t('cuePlaceholder', { label })}
        autoFocus={autoFocus}
        onChange={(event) => set({ text: event.target.value })}
      />
      <div className="row cue-options">
        <label htmlFor={`${id}-weight`} className="visually-hidden">
          {t('cueWeight', { label })}
        </label>
        <select
          id={`${id}-weight`}
          className="cue-weight-choice"
          value={fields.weight}
          onChange={(event) => set({ weight: event.target.value })}
        >
          {CUE_WEIGHTS.map(({ weight }) => (
            <option key={weight} value={String(weight)}>
              {formatWeight(weight)} · {weightMeaning(weight, t)}
            </option>
          ))}
          <option value={OTHER_WEIGHT}>{t('otherWeight')}</option>
        </select>
        {fields.weight === OTHER_WEIGHT && (
          <input
            className="cue-weight"
            type="number"
            min={0.05}
            max={1}
            step={0.05}
            aria-label={t('cueWeightTyped', { label })}
            value={fields.other}
            onChange={(event) => set({ other: event.target.value })}
          />
        )}
        <select
          className="cue-language"
          aria-label={t('cueLanguage', { label })}
          value={fields.lang}
          onChange={(event) => set({ lang: event.target.value as CueFields['lang'] })}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="th">{t('language.th')}</option>
          <option value="vi">{t('language.vi')}</option>
        </select>
      </div>
    </>
  )
}

export const emptyCue = (): CueFields => ({ text: '', weight: '1', other: '', lang: 'auto' })
