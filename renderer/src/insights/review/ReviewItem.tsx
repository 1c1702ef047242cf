import type { TFunction } from 'i18next'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { plainLabel } from '../../bidi/bidi-controls'
import { SafeText } from '../../bidi/SafeText'
import type { ReviewRow } from './review-rows'
import { useDates } from '../../dates/use-dates'

interface Props {
  row: ReviewRow
  checked: boolean
  onToggle: () => void
  onOpen: () => void
}

/** What the row's verdict cell says: the user's verdict, else what detection suggests. */
function verdictText(row: ReviewRow, t: TFunction<'insights'>): { state: string; text: string; title?: string } {
  const { decision } = row
  if (decision) {
    const text = t(`state.${decision.verdict}`)
    return {
      state: decision.verdict,
      text,
      title: t('decidedBy', { verdict: text, by: plainLabel(decision.by), date: decision.at.slice(0, 10) })
    }
  }
  return row.detected ? { state: 'suggested', text: t('state.suggested') } : { state: 'faint', text: t('state.faint') }
}

// Neither the checkbox nor the title takes the focus from the list, which keeps the keyboard
// (arrows, Space, and the app's Ctrl+Z, which an input's focus would give to the input).
const keepFocus = (event: MouseEvent) => event.preventDefault()

/** One article in a theme's review: a checkbox, its title and header, strength and verdict. */
export function ReviewItem({ row, checked, onToggle, onOpen }: Props) {
  const { t } = useTranslation('insights')
  const title = row.summary?.title ?? row.id
  const dates = useDates()
  const date = (row.summary && dates.article(row.summary)) ?? t('noDate')
  const strength = row.strength === null ? null : Math.min(1, row.strength) * 100
  // A faint cue still counts: it reads "<1%", not "0%".
  const percent = strength === null ? '' : strength > 0 && strength < 0.5 ? '<1%' : `${Math.round(strength)}%`
  const verdict = verdictText(row, t)
  return (
    <>
      <span role="gridcell" className="review-check">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={checked}
          aria-label={t('selectRow', { title: plainLabel(title) })}
          onMouseDown={keepFocus}
          onChange={onToggle}
        />
      </span>
      <span role="gridcell" className="review-article">
        <button
          type="button"
          tabIndex={-1}
          className={row.summary ? 'review-title' : 'review-title derived'}
          lang="th"
          title={t('openInReader')}
          onMouseDown={keepFocus}
          onClick={onOpen}
        >
          <SafeText text={title} />
        </button>
        <span className="meta">
          {row.summary?.outlet ? (
            <SafeText text={row.summary.outlet} />
          ) : (
            <span className="missing">{t('unknownOutlet')}</span>
          )}
          <span>{date}</span>
        </span>
      </span>
      <span role="gridcell" className={`review-verdict verdict-${verdict.state}`} title={verdict.title}>
        {verdict.text}
      </span>
      <span role="gridcell" className="review-strength" title={strength === null ? t('notListedTitle') : undefined}>
        {strength === null ? (
          t('noCueListed')
        ) : (
          <>
            <span className="strength" aria-hidden="true">
              <span style={{ width: `${strength}%` }} />
            </span>
            <span aria-label={t('strength', { percent })}>{percent}</span>
          </>
        )}
      </span>
    </>
  )
}
