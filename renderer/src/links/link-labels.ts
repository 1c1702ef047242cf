// How a link's other end is named in a badge's tooltip and the sidebar (plain text, for titles
// and ARIA labels; components show user text through SafeText).
import type { LinkEndView, LinkView } from '../../../common/model/link-types'
import { plainLabel } from '../bidi/bidi-controls'

export function articleLabel(end: LinkEndView): string {
  if (end.title === null) return 'an article no longer in the library'
  const place = [end.outlet, end.date].filter(Boolean).join(', ')
  return plainLabel(place ? `${end.title} (${place})` : end.title)
}

export function otherEndLabel(link: LinkView): string {
  const where = link.there.articleId === link.here.articleId ? 'elsewhere in this article' : articleLabel(link.there)
  return link.there.anchor.status === 'orphan' ? `${where}, passage not found (orphaned)` : where
}
