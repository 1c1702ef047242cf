// The sidebar's Related tab: the open article's other copies ("also published as") on top, then
// passages in other articles that cite the same documents or carry the same themes as the article,
// or as the passage selected in it, each saying why; empty states say why the list is empty.
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { RelatedAnswer, TextRange } from '../../../common/model/related'
import { api } from '../api/client'
import type { AnnotationsView } from '../annotations/use-annotations'
import { SafeText } from '../bidi/SafeText'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'
import { AlsoPublishedAs } from '../duplicates/AlsoPublishedAs'
import { usePaneOpeners } from '../panes/pane-openers'
import { reasonLabel, type ThemeLabels } from './reason-label'
import { RelatedList } from './RelatedList'
import { useRelated } from './use-related'
import './related.css'

interface Props {
  articleId: string
  contentHash: string
  /** The reader's selection in this article, if any: the list is then about that passage. */
  selection: TextRange | null
  run: AnnotationsView['run']
}

export function RelatedPanel({ articleId, contentHash, selection, run }: Props) {
  const { t } = useTranslation('related')
  const related = useRelated(articleId, contentHash, selection)
  const openers = usePaneOpeners()
  const connected = useAppStatus() !== null
  const themes = useQuery({ queryKey: keys.themes, queryFn: () => unwrap(api.listThemes({})), enabled: connected })
  const labels: ThemeLabels = useMemo(
    () => new Map((themes.data?.themes ?? []).map((theme) => [theme.id, theme.label])),
    [themes.data]
  )
  const answer = related.data
  const ofSelection = answer !== undefined && related.isPlaceholderData === false && selection !== null
  return (
    <div className="related-panel">
      <AlsoPublishedAs articleId={articleId} run={run} />
      <section aria-label={t('listLabel')} className="related-passages">
        <h3 className="pane-title">
          {selection ? t('titleOfSelection') : t('title')}
          {answer?.state === 'ready' && ` (${answer.total})`}
        </h3>
        {related.error && (
          <p className="error" role="alert">
            <SafeText text={related.error.message} />
          </p>
        )}
        {!answer && !related.error && <p className="empty">{t('looking')}</p>}
        {answer && <Basis answer={answer} labels={labels} selection={ofSelection || selection !== null} />}
        {answer?.state === 'ready' && answer.passages.length > 0 && (
          <RelatedList passages={answer.passages} labels={labels} openers={openers} />
        )}
        {answer?.state === 'ready' && answer.passages.length > 0 && !openers && (
          <p className="empty">{t('openAnArticle')}</p>
        )}
      </section>
    </div>
  )
}

/** What the list counts with, or why it is empty. */
function Basis({ answer, labels, selection }: { answer: RelatedAnswer; labels: ThemeLabels; selection: boolean }) {
  const { t } = useTranslation('related')
  if (answer.state === 'pending') return <p className="empty">{t('pending')}</p>
  const reasons = [
    ...answer.basis.documents.map((d) => reasonLabel({ kind: 'document', ...d }, labels, t)),
    ...answer.basis.themes.map((theme) => reasonLabel({ kind: 'theme', ...theme }, labels, t))
  ]
  if (reasons.length === 0) return <p className="empty">{selection ? t('noBasisOfSelection') : t('noBasis')}</p>
  return (
    <>
      <p className="related-basis">{t(selection ? 'basisOfSelection' : 'basis', { reasons: reasons.join(' · ') })}</p>
      {answer.passages.length === 0 && <p className="empty">{t('noneRelated')}</p>}
    </>
  )
}
