// A correction as typed, made ready for main: a date is shown and typed the way the app writes
// dates (in the interface's language and year count) and sent as `YYYY-MM-DD`; every field is then
// checked as main will check it, so a mistake says why at once.
import { useTranslation } from 'react-i18next'
import { checkCorrection, type CheckedValue, type CorrectableField } from '../../../common/model/article-correction'
import { useDates } from '../dates/use-dates'
import { readTypedDate } from '../dates/read-typed-date'

export interface TypedCorrection {
  /** What the input shows for a field's current value. */
  shown: (field: CorrectableField, value: string | null) => string
  /** The value to send, or why it cannot be; empty text is not checked here (it clears the field). */
  check: (field: CorrectableField, text: string) => CheckedValue
  placeholder: string
}

export function useTypedCorrection(): TypedCorrection {
  const { t } = useTranslation('dates')
  const dates = useDates()
  const example = dates.article({ date: '2025-10-18' }) ?? '2025-10-18'
  return {
    shown: (field, value) => (field === 'date' && value ? (dates.article({ date: value }) ?? value) : (value ?? '')),
    check: (field, text) => {
      if (field !== 'date') return checkCorrection(field, text)
      const read = readTypedDate(text)
      return read.ok ? checkCorrection(field, read.iso) : { ok: false, problem: t(read.problem, { example }) }
    },
    placeholder: t('placeholder', { example })
  }
}
