// What the reader needs to draw an article's link badges (link-badge-plugin.ts): its links, the
// selected one, and what a click on a badge does.
import { useMemo } from 'react'
import { useArticleLinks } from './use-article-links'
import { useFollowLink } from './use-follow-link'
import { useLinks } from './links-context'
import type { LinkBadgeMeta } from './link-badge-plugin'

export function useLinkBadges(articleId: string): LinkBadgeMeta {
  const { links } = useArticleLinks(articleId)
  const selected = useLinks()?.selected ?? null
  const onFollow = useFollowLink()
  return useMemo(() => ({ links, selected, onFollow }), [links, selected, onFollow])
}
