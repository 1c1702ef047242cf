// "Annotations without an article": what was highlighted in articles no longer in the library, with
// the file each came from, kept until deleted here. An article that comes back takes them again.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrphanGroup } from '../../../common/model/orphans'
import { api } from '../api/client'
import { SafeText } from '../bidi/SafeText'
import { useApiAction } from '../data/use-api-action'
import { useOrphans } from './use-orphans'
import './orphans.css'

export function OrphanList() {
  const { t } = useTranslation('orphans')
  const groups = useOrphans()
  const count = groups.reduce((sum, group) => sum + group.annotations.length, 0)
  if (count === 0) return null
  return (
    <details className="orphans">
      <summary>{t('summary', { count })}</summary>
      <p className="muted">{t('explain')}</p>
      {groups.map((group) => (
        <OrphanGroupView key={group.articleId} group={group} />
      ))}
    </details>
  )
}

function OrphanGroupView({ group }: { group: OrphanGroup }) {
  const { t } = useTranslation('orphans')
  const action = useApiAction()
  const [confirming, setConfirming] = useState(false)
  const remove = (ids?: string[]) => void action.run(() => api.deleteOrphans({ articleId: group.articleId, ids }))
  const many = group.annotations.length
  return (
    <section className="orphan-group" aria-label={group.source?.title ?? t('unknownArticle')}>
      <h3>
        <SafeText text={group.source?.title ?? t('unknownArticle')} />
      </h3>
      <p className="orphan-file muted">
        {group.source ? <SafeText text={`${group.source.folder} › ${group.source.file}`} /> : t('unknownFile')}
      </p>
      <ul>
        {group.annotations.map((annotation) => (
          <li
            key={annotation.id}
            className="orphan"
            style={{ borderInlineStartColor: `var(--hl-${annotation.color})` }}
          >
            <span className="visually-hidden">{t('highlight', { color: t(`colors.${annotation.color}`) })}</span>
            <blockquote>
              <SafeText text={annotation.quote} />
            </blockquote>
            {annotation.note && <SafeText className="orphan-note" text={annotation.note} />}
            {annotation.tags.length > 0 && (
              <span className="orphan-tags muted">
                <SafeText text={annotation.tags.join(' · ')} />
              </span>
            )}
            <button
              type="button"
              className="small quiet"
              disabled={action.busy}
              onClick={() => remove([annotation.id])}
            >
              {t('delete')}
            </button>
          </li>
        ))}
      </ul>
      {many > 1 &&
        (confirming ? (
          <p className="confirm" role="group" aria-label={t('deleteAllAsk')}>
            {t('deleteAllSure', { count: many })}{' '}
            <button type="button" className="small danger" onClick={() => remove()}>
              {t('deleteCount', { count: many })}
            </button>{' '}
            <button type="button" className="small" autoFocus onClick={() => setConfirming(false)}>
              {t('keep')}
            </button>
          </p>
        ) : (
          <button type="button" className="small quiet" onClick={() => setConfirming(true)}>
            {t('deleteAll', { count: many })}
          </button>
        ))}
      {action.error && (
        <p className="error" role="alert">
          {action.error}
        </p>
      )}
    </section>
  )
}
