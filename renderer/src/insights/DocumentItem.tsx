import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Citation } from '../../../common/model/intelligence-types'
import { SafeText } from '../bidi/SafeText'

interface Props {
  citation: Citation
  active: boolean
  onShow: () => void
}

/** How sure the app is which document a citation means, in a reader's words. */
function howKnown(citation: Citation, t: TFunction<'insights'>): string {
  const by = citation.resolved?.by
  if (citation.decided === 'rejected') return t('known.rejected')
  if (!citation.resolved) return citation.id === null ? t('known.thaiOnly') : t('known.unknown')
  if (by === 'unique') return t('known.unique')
  if (by === 'date') return t('known.date')
  if (by === 'same-article') return t('known.sameArticle')
  if (by === 'known-unique') return t('known.knownUnique')
  if (by === 'user') return citation.decided === 'corrected' ? t('known.corrected') : t('known.confirmed')
  return t('known.guess')
}

/** One document the article cites: its code, the known document it means, and how sure that is. */
export function DocumentItem({ citation, active, onShow }: Props) {
  const { t } = useTranslation('insights')
  const shown = citation.mentions.filter((mention) => mention.paragraph >= 0)
  const inTitle = citation.mentions.length > shown.length
  const certain = citation.confidence >= 0.9 && citation.resolved !== null
  return (
    <li>
      <button
        type="button"
        className={`insight-row document${active ? ' active' : ''}`}
        aria-pressed={active}
        disabled={shown.length === 0}
        title={howKnown(citation, t)}
        onClick={onShow}
      >
        <span className="insight-head">
          <span className="doc-code">
            <SafeText text={citation.id ?? citation.mentions[0]?.text ?? citation.number} />
          </span>
          {citation.resolved && (
            <span className="doc-when">
              {citation.resolved.date}
              {citation.resolved.term ? ` · ${citation.resolved.term}` : ''}
            </span>
          )}
        </span>
        {citation.resolved && (
          <span className="doc-title" lang="th">
            <SafeText text={citation.resolved.title} />
          </span>
        )}
        <span className={`insight-note${certain ? '' : ' doubtful'}`}>
          {certain ? '' : '? '}
          {howKnown(citation, t)}
          {!certain && citation.resolved ? `, ${Math.round(citation.confidence * 100)} %` : ''}
        </span>
        <span className="insight-note">
          {shown.length === 1 ? t('citedOnce') : t('citedTimes', { count: shown.length })}
          {inTitle ? t('andInTitle') : ''}
        </span>
      </button>
    </li>
  )
}
