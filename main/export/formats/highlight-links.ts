// Which links start or end at a highlight's passage, so the notes and the report can say beside
// the quote where it leads ("→ Supports: “…” in Other title"); and the links of an article whose
// passage no exported highlight covers, listed with the article instead of being lost.
import type { ExportArticle, ExportHighlight, ExportLink, ExportLinkEnd, ExportModel } from '../export-model'

export interface LinkFromHere {
  link: ExportLink
  /** True when this passage was selected first (the link reads from here to `other`). */
  outgoing: boolean
  here: ExportLinkEnd
  other: ExportLinkEnd
}

/** Each article's links, each seen from its end there (an export's links are read once). */
export function linksByArticle(model: Pick<ExportModel, 'links'>): Map<string, LinkFromHere[]> {
  const byArticle = new Map<string, LinkFromHere[]>()
  const add = (seen: LinkFromHere) =>
    byArticle.set(seen.here.articleId, [...(byArticle.get(seen.here.articleId) ?? []), seen])
  for (const link of model.links) {
    const [first, second] = link.ends
    add({ link, outgoing: true, here: first, other: second })
    add({ link, outgoing: false, here: second, other: first })
  }
  return byArticle
}

/** An end covers a highlight when their passages overlap; an orphan on either side matches by quote. */
export function linkTouches(end: ExportLinkEnd, highlight: ExportHighlight): boolean {
  if (end.start !== null && end.end !== null && highlight.start !== null && highlight.end !== null)
    return end.start < highlight.end && end.end > highlight.start
  return end.quote === highlight.quote
}

/** The article's links attached to each of its highlights, and those no highlight covers. */
export function attachLinks(
  links: readonly LinkFromHere[],
  article: ExportArticle
): { byHighlight: Map<string, LinkFromHere[]>; unattached: LinkFromHere[] } {
  const byHighlight = new Map<string, LinkFromHere[]>()
  const unattached: LinkFromHere[] = []
  for (const link of links) {
    const touched = article.highlights.filter((highlight) => linkTouches(link.here, highlight))
    for (const highlight of touched) byHighlight.set(highlight.id, [...(byHighlight.get(highlight.id) ?? []), link])
    if (touched.length === 0) unattached.push(link)
  }
  return { byHighlight, unattached }
}
