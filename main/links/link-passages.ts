// The highlighted passages that carry a link kind (the passages view's filter): highlights
// overlapping, even in part, an end of a link of that kind, both anchored in the current text.
import type { AnnotationView } from '../../common/model/annotation-types'
import type { Link, LinkKind, LinkView } from '../../common/model/link-types'

export interface LinkPassageSources {
  links: () => Link[]
  /** One article's links with their ends anchored (LinkService.list). */
  linkViews: (articleId: string) => Promise<LinkView[]>
  /** One article's annotations anchored in its current text. */
  anchored: (articleId: string) => Promise<AnnotationView[]>
}

export async function linkPassageIds(kind: LinkKind, sources: LinkPassageSources): Promise<Set<string>> {
  const articles = new Set(
    sources
      .links()
      .filter((link) => link.kind === kind)
      .flatMap((link) => link.ends.map((end) => end.articleId))
  )
  const ids = new Set<string>()
  for (const articleId of articles) {
    const ends = (await sources.linkViews(articleId)).flatMap((view) =>
      view.kind === kind && view.here.anchor.status !== 'orphan' ? [view.here.anchor] : []
    )
    if (ends.length === 0) continue
    for (const { id, anchor } of await sources.anchored(articleId)) {
      if (anchor.status === 'orphan') continue
      if (ends.some((end) => anchor.start < end.end && anchor.end > end.start)) ids.add(id)
    }
  }
  return ids
}
