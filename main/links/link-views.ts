// A link as one article's reader and sidebar show it: its end in that article (`here`), the other
// end (`there`) with that article's title, outlet and date, both anchored. A link inside one
// article is shown from each of its ends, so each carries its badge.
import type { ArticleSummary } from '../../common/model/article-types'
import type { Link, LinkEnd, LinkEndView, LinkView } from '../../common/model/link-types'
import type { AnchoredEnd, HashedText } from './link-anchors'

export interface LoadedArticle {
  summary: ArticleSummary
  text: HashedText
}

export function linkViewsOf(
  articleId: string,
  links: Link[],
  articles: ReadonlyMap<string, LoadedArticle>,
  anchor: (end: LinkEnd, text: HashedText | null) => AnchoredEnd
): { views: LinkView[]; moved: Link[] } {
  const views: LinkView[] = []
  const moved: Link[] = []
  for (const link of links) {
    const anchored = link.ends.map((end) => anchor(end, articles.get(end.articleId)?.text ?? null))
    const ends = link.ends.map((end, side) => endView(end, anchored[side] as AnchoredEnd, articles))
    for (const side of [0, 1] as const) {
      if (link.ends[side].articleId !== articleId) continue
      const { id, kind, note, created, modified } = link
      views.push({ id, kind, note, created, modified, side, here: ends[side], there: ends[1 - side] } as LinkView)
    }
    if (anchored.some((end) => end.moved)) {
      const [from, to] = link.ends
      moved.push({ ...link, ends: [anchored[0]?.moved ?? from, anchored[1]?.moved ?? to] })
    }
  }
  const position = (view: LinkView) =>
    view.here.anchor.status === 'orphan' ? Number.MAX_SAFE_INTEGER : view.here.anchor.start
  return { views: views.sort((a, b) => position(a) - position(b) || a.created.localeCompare(b.created)), moved }
}

function endView(end: LinkEnd, anchored: AnchoredEnd, articles: ReadonlyMap<string, LoadedArticle>): LinkEndView {
  const summary = articles.get(end.articleId)?.summary
  return {
    articleId: end.articleId,
    quote: end.target.quote.exact,
    anchor: anchored.anchor,
    title: summary?.title ?? null,
    outlet: summary?.outlet ?? null,
    date: summary ? (summary.date ?? (summary.year === null ? null : String(summary.year))) : null
  }
}
