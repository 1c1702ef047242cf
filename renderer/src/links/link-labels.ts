// How a link's other end is named in a badge's tooltip and the sidebar (plain text, for titles
// and ARIA labels; components show user text through SafeText).
import type { TFunction } from 'i18next'
import type { LinkEndView, LinkView } from '../../../common/model/link-types'
import { plainLabel } from '../bidi/bidi-controls'

export function articleLabel(t: TFunction<'links'>, end: LinkEndView): string {
  if (end.title === null) return t('goneArticle')
  const place = [end.outlet, end.date].filter(Boolean).join(', ')
  return plainLabel(place ? `${end.title} (${place})` : end.title)
}

export function otherEndLabel(t: TFunction<'links'>, link: LinkView): string {
  const where = link.there.articleId === link.here.articleId ? t('elsewhereInArticle') : articleLabel(t, link.there)
  return link.there.anchor.status === 'orphan' ? t('orphanedEnd', { where }) : where
}
