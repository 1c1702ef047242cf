import { useTranslation } from 'react-i18next'
import { snippetElements } from './snippet-elements'
import type { NoteResult } from './search-hits'
import { SafeText } from '../bidi/SafeText'
import { isMemoNoteId } from '../../../common/model/memo'

interface Props {
  results: NoteResult[]
  onOpen: (articleId: string, annotationId: string) => void
  /** A memo's hit opens its article (a memo is on the whole article, not a passage). */
  onOpenArticle?: (articleId: string) => void
}

/** Notes and highlighted quotes that match, above the article results: the researcher's own words first. */
export function NoteHits({ results, onOpen, onOpenArticle }: Props) {
  const { t } = useTranslation('search')
  if (results.length === 0) return null
  return (
    <section className="note-hits" aria-label={t('notes.label')}>
      <h3 className="pane-title">{t('notes.title', { n: results.length.toLocaleString() })}</h3>
      <ul>
        {results.map(({ hit, article }) => {
          const memo = isMemoNoteId(hit.annotationId)
          const open = () =>
            memo && onOpenArticle ? onOpenArticle(hit.articleId) : onOpen(hit.articleId, hit.annotationId)
          return (
            <li key={`${hit.annotationId}-${hit.field}`}>
              <button type="button" className="note-hit" onClick={open}>
                <span className="snippet" lang="th">
                  <span className="field">
                    {memo ? t('notes.memo') : hit.field === 'note' ? t('notes.note') : t('notes.quote')}
                  </span>
                  <bdi>{snippetElements(hit.snippet)}</bdi>
                </span>
                <span className="meta" lang="th">
                  <SafeText text={article.title} />
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
