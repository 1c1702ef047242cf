import { useTranslation } from 'react-i18next'
import type { ThemeVerdict } from '../../../common/model/theme-decision'
import { SafeText } from '../bidi/SafeText'
import { ReviewThemeLink } from './review/ReviewThemeLink'
import { EditCuesLink } from './editor/EditCuesLink'
import { ThemePassagesLink } from '../passages/ThemePassagesLink'
import type { ThemeRow } from './use-insights'
import { useDates } from '../dates/use-dates'

interface Props {
  row: ThemeRow
  active: boolean
  onShow: () => void
  onDecide: (verdict: ThemeVerdict | null) => void
}

/** One theme: its label, how strongly the text carries it, the user's verdict, and the evidence. */
export function ThemeItem({ row, active, onShow, onDecide }: Props) {
  const { t } = useTranslation('insights')
  const dates = useDates()
  const { theme, decision } = row
  const paragraphs = theme?.evidence.filter((evidence) => evidence.paragraph >= 0) ?? []
  const cues = [...new Set(paragraphs.flatMap((evidence) => evidence.cues.map((cue) => cue.cue)))]
  const strength = Math.round((theme?.strength ?? 0) * 100)
  const name = row.label?.th ?? row.id
  return (
    <li className={`theme-item state-${row.state}${active ? ' active' : ''}`}>
      <button
        type="button"
        className="insight-row"
        aria-pressed={active}
        disabled={paragraphs.length === 0}
        onClick={onShow}
      >
        <span className="insight-head">
          <span className="theme-name" lang="th">
            <SafeText text={name} />
          </span>
          <span className="theme-state">{t(`state.${row.state}`)}</span>
        </span>
        {row.label && (
          <span className="theme-en">
            <SafeText text={row.label.en} />
          </span>
        )}
        <span className="strength" aria-hidden="true">
          <span style={{ width: `${strength}%` }} />
        </span>
        {/* Named by what it shows (so speech input can say it), plus what the bar and a press mean. */}
        <span className="visually-hidden">{t('strengthHidden', { strength })}</span>
        <span className="insight-note">
          {theme
            ? t('paragraphs', { count: paragraphs.length }) +
              (theme.documents.length > 0
                ? t('citesDocuments', { codes: theme.documents.map((key) => key.split('@')[0]).join(', ') })
                : '')
            : t('noCue')}
        </span>
        {cues.length > 0 && (
          <span className="theme-cues" lang="th">
            <SafeText text={cues.slice(0, 8).join(' · ')} />
          </span>
        )}
        {decision && (
          <span className="insight-note">
            {decision.verdict === 'confirmed' ? t('confirmedBy') : t('rejectedBy')} <SafeText text={decision.by} />,{' '}
            {dates.article({ date: decision.at.slice(0, 10), year: null })}
          </span>
        )}
      </button>
      <span className="theme-actions">
        <button
          type="button"
          aria-pressed={row.state === 'confirmed'}
          onClick={() => onDecide(row.state === 'confirmed' ? null : 'confirmed')}
          title={row.state === 'confirmed' ? t('clearConfirmation') : t('confirmTitle')}
        >
          {t('confirm')}
        </button>
        <button
          type="button"
          aria-pressed={row.state === 'rejected'}
          onClick={() => onDecide(row.state === 'rejected' ? null : 'rejected')}
          title={row.state === 'rejected' ? t('clearRejection') : t('rejectTitle')}
        >
          {t('reject')}
        </button>
      </span>
      <ReviewThemeLink themeId={row.id} />
      <ThemePassagesLink themeId={row.id} />
      <EditCuesLink themeId={row.id} />
    </li>
  )
}
