import { useTranslation } from 'react-i18next'
import type { ArticleSummary } from '../../../common/model/article-types'
import type { Snippet } from '../../../common/model/search-types'
import { DOUBTFUL, hostOf } from './header-format'
import { snippetElements } from '../search/snippet-elements'
import { plainLabel } from '../bidi/bidi-controls'
import { SafeText } from '../bidi/SafeText'
import { CopyMark } from '../duplicates/CopyMark'
import { MemoMark } from '../memos/MemoMark'
import { RowCorrection } from '../corrections/RowCorrection'
import { EditedMark } from '../corrections/EditableField'
import { useRowEditing } from '../corrections/row-editing'
import { unsureFields } from '../../../common/model/article-correction'
import { useDates } from '../dates/use-dates'

/** One library row: title, outlet, date, source and counts; a search result adds its snippet. In
 * the "Needs a look" list the outlet and the date are inputs, to correct them in place. */
export function ArticleRow({ item, snippet }: { item: ArticleSummary; snippet?: Snippet }) {
  const editing = useRowEditing()
  const dates = useDates()
  const { t } = useTranslation('library')
  return (
    <>
      <span
        className={item.titleDerived ? 'title derived' : 'title'}
        lang="th"
        title={item.titleDerived ? t('row.guessed', { how: plainLabel(item.titleHow) }) : undefined}
      >
        <SafeText text={item.title} />
      </span>
      <span className="meta">
        {editing ? (
          <>
            {unsureFields(item, item.corrected).includes('title') && <RowCorrection item={item} field="title" />}
            <RowCorrection item={item} field="outlet" />
            <RowCorrection item={item} field="date" />
          </>
        ) : (
          <>
            <Field value={item.outlet} confidence={item.outletConfidence} missing={t('row.unknownOutlet')} />
            <EditedMark summary={item} field="outlet" />
            {item.date || !item.year ? (
              <Field
                value={item.date && dates.article(item)}
                confidence={item.dateConfidence}
                missing={t('row.noDate')}
              />
            ) : (
              <span title={t('row.yearOnly')}>{dates.article(item)}</span>
            )}
            <EditedMark summary={item} field="date" />
          </>
        )}
        {item.sourceUrl && <SafeText text={hostOf(item.sourceUrl) ?? ''} />}
        {item.annotationCount > 0 && <span className="badge">{item.annotationCount}</span>}
        <CopyMark articleId={item.id} />
        <MemoMark articleId={item.id} />
        {item.warnings.length > 0 && (
          <span className="warn" title={item.warnings.map(plainLabel).join('\n')}>
            ⚠
          </span>
        )}
      </span>
      {snippet && (
        <span className="snippet" lang="th">
          <bdi>{snippetElements(snippet)}</bdi>
        </span>
      )}
    </>
  )
}

function Field({ value, confidence, missing }: { value: string | null; confidence: number; missing: string }) {
  const { t } = useTranslation('library')
  if (value === null) return <span className="missing">{missing}</span>
  return confidence < DOUBTFUL ? (
    <span className="doubtful" title={t('row.doubtful')}>
      <SafeText text={value} />?
    </span>
  ) : (
    <SafeText text={value} />
  )
}
