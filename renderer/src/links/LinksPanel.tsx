// The open article's links, as a tab of its sidebar: each with both passages, filterable by kind.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LinkKind } from '../../../common/model/link-types'
import { SafeText } from '../bidi/SafeText'
import { LinkCard } from './LinkCard'
import { LinkKindFilter } from './LinkKindFilter'
import { useLinks } from './links-context'
import { useArticleLinks } from './use-article-links'
import { useFollowLink } from './use-follow-link'

export function LinksPanel({ articleId }: { articleId: string }) {
  const { t } = useTranslation('links')
  const { links, error } = useArticleLinks(articleId)
  const [kind, setKind] = useState<LinkKind | undefined>(undefined)
  const selected = useLinks()?.selected ?? null
  const follow = useFollowLink()
  const shown = kind ? links.filter((link) => link.kind === kind) : links
  if (error)
    return (
      <p className="error" role="alert">
        <SafeText text={error} />
      </p>
    )
  if (links.length === 0) return <p className="empty">{t('empty')}</p>
  return (
    <section className="links-panel" aria-label={t('panelLabel')}>
      <div className="filters row">
        <LinkKindFilter
          label={t('filterLabel')}
          anyLabel={t('allKinds')}
          value={kind}
          available={new Set(links.map((link) => link.kind))}
          onChange={setKind}
        />
      </div>
      <ol className="link-list">
        {shown.map((link) => (
          <li key={`${link.id}:${link.side}`}>
            <LinkCard link={link} selected={link.id === selected} onFollow={follow} />
          </li>
        ))}
      </ol>
    </section>
  )
}
