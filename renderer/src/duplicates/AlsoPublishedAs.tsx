// The About tab's "Also published as": the open article's other copies (the same story in another
// outlet, or cut down under a new lead), each with its outlet, date and how much of the text they
// share; a click opens it beside the article, to compare the two, and "Not the same story" dismisses a wrong pair (Ctrl+Z brings it back).
import { useTranslation } from 'react-i18next'
import type { ArticleCopy } from '../../../common/model/near-duplicates'
import { api } from '../api/client'
import type { AnnotationsView } from '../annotations/use-annotations'
import { SafeText } from '../bidi/SafeText'
import { usePaneOpeners } from '../panes/pane-openers'
import { useArticleOpener } from './article-opener'
import { copyRelation, shareSentence } from './copy-relation'
import { useArticleCopies } from './use-copies'
import './duplicates.css'
import { useDates } from '../dates/use-dates'

interface Props {
  articleId: string
  run: AnnotationsView['run']
}

export function AlsoPublishedAs({ articleId, run }: Props) {
  const { t } = useTranslation('duplicates')
  const dates = useDates()
  const copies = useArticleCopies(articleId)
  const openHere = useArticleOpener()
  const openers = usePaneOpeners()
  // Beside, where there are panes: a copy is read against the article it copies.
  const open = openers ? (articleId: string) => openers.beside({ articleId }) : openHere
  const list = copies.data?.copies ?? []
  const dismiss = (copy: ArticleCopy) => void run(api.dismissNearDuplicate({ articleId, otherId: copy.id }))
  return (
    <section aria-label={t('alsoPublished')} className="also-published">
      <h3 className="pane-title">{t('alsoPublishedCount', { count: list.length })}</h3>
      {copies.error && (
        <p className="error" role="alert">
          <SafeText text={copies.error.message} />
        </p>
      )}
      {!copies.error && copies.data?.state !== 'ready' && <p className="empty">{t('comparing')}</p>}
      {copies.data?.state === 'ready' && list.length === 0 && <p className="empty">{t('none')}</p>}
      <ol className="insight-list">
        {list.map((copy) => (
          <li key={copy.id} className="copy-item">
            <button
              type="button"
              className="insight-row"
              disabled={!open}
              onClick={() => open?.(copy.id)}
              title={t('openTitle')}
            >
              <span className="insight-head">
                <span className="copy-outlet">
                  <SafeText text={copy.outlet ?? t('unknownOutlet')} />
                </span>
                <span className="doc-when">{dates.article(copy) ?? t('noDate')}</span>
              </span>
              <span className="copy-title" lang="th">
                <SafeText text={copy.title} />
              </span>
              <span className="insight-note">
                {t('relation', { relation: copyRelation(copy, t), share: shareSentence(copy, t) })}
              </span>
            </button>
            <span className="theme-actions">
              <button type="button" onClick={() => dismiss(copy)} title={t('dismissTitle')}>
                {t('dismiss')}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
