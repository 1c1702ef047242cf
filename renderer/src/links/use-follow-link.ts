// Following a link: its other end opens in the other pane (shown if hidden), scrolled to and
// flashed by the pane; the link becomes the selected one (whose connector is drawn). Without the
// pane openers (another host), the other article opens in place.
import { useCallback } from 'react'
import type { LinkView } from '../../../common/model/link-types'
import { useArticleOpener } from '../duplicates/article-opener'
import { usePaneOpeners } from '../panes/pane-openers'
import { useLinks } from './links-context'

export function useFollowLink(): (link: LinkView) => void {
  const openers = usePaneOpeners()
  const openInPlace = useArticleOpener()
  const links = useLinks()
  return useCallback(
    (link: LinkView) => {
      links?.select(link.id)
      const { articleId, anchor } = link.there
      // An orphaned end still opens its article: the user can see what became of the passage.
      const range = anchor.status === 'orphan' ? undefined : { start: anchor.start, end: anchor.end }
      if (openers) openers.beside({ articleId, range })
      else openInPlace?.(articleId)
    },
    [links, openers, openInPlace]
  )
}
