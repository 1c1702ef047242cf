import { useTranslation } from 'react-i18next'
import type { DocumentEntry } from '../../../common/model/documents'
import { SafeText } from '../bidi/SafeText'
import { MonthStrip } from './MonthStrip'
import type { TimeAxis } from './month-strip'
import { documentFacts, documentName } from './resolution-words'

interface Props {
  entry: DocumentEntry
  axis: TimeAxis
  scale: number
}

/** One cited document: code, Thai title, kind, issuer, term and date, how many articles cite it,
 * how many of those the app resolved with doubt, and when (the strip). */
export function DocumentRow({ entry, axis, scale }: Props) {
  const { t } = useTranslation('documents')
  return (
    <div className="document-row-body">
      <div className="document-row-head">
        <span className="doc-code">
          <SafeText text={documentName(entry, t)} />
        </span>
        <span className="doc-count">{t('articleCount', { count: entry.articles })}</span>
      </div>
      {entry.title ? (
        <span className="doc-title" lang="th">
          <SafeText text={entry.title} />
        </span>
      ) : (
        <span className="doc-title missing">
          {entry.state === 'unresolved' ? t('unresolvedTitle') : t('unknownTitle')}
        </span>
      )}
      <div className="document-row-foot">
        <span className="doc-facts">
          <SafeText text={documentFacts(entry, t)} />
        </span>
        <span className="doc-timeline">
          {entry.undated > 0 && <span className="doc-undated">{t('undated', { count: entry.undated })}</span>}
          <MonthStrip months={entry.months} undated={entry.undated} axis={axis} scale={scale} />
        </span>
      </div>
      {entry.doubtful > 0 && <span className="doubtful-mark">{t('doubtful', { count: entry.doubtful })}</span>}
    </div>
  )
}
