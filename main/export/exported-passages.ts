// Highlights and links as exports give them: where each passage is now in code points (or that
// it is orphaned), with its quote, context, colour's name and tag names.
import { codePointOffsets } from '../anchoring'
import { COLOR_LABELS } from '../../common/model/highlight-colors'
import { LINK_KIND_LABELS, type Link, type LinkView } from '../../common/model/link-types'
import type { AnnotationView } from '../../common/model/annotation-types'
import type { ExportHighlight, ExportLink, ExportLinkEnd } from './export-model'

export function toHighlights(views: AnnotationView[], text: string, tagNames: Map<string, string>): ExportHighlight[] {
  const points = codePointOffsets(text)
  const highlights = views.map((view): ExportHighlight => {
    const placed = view.anchor.status === 'orphan' ? null : view.anchor
    const tagIds = view.tags.filter((id) => tagNames.has(id))
    return {
      id: view.id,
      quote: view.target.quote.exact,
      prefix: view.target.quote.prefix,
      suffix: view.target.quote.suffix,
      start: placed ? points.toCodePoint(placed.start) : null,
      end: placed ? points.toCodePoint(placed.end) : null,
      anchor: view.anchor.status,
      color: view.color,
      colorName: COLOR_LABELS[view.color],
      tagIds,
      tagNames: tagIds.map((id) => tagNames.get(id) ?? id),
      note: view.note,
      created: view.created,
      modified: view.modified
    }
  })
  return highlights.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.created.localeCompare(b.created))
}

/** `texts`: each exported article's text by id (made once for all the links). */
export function toLink(view: LinkView, stored: Link | undefined, texts: ReadonlyMap<string, string>): ExportLink {
  const end = (side: LinkView['here'], target: Link['ends'][number]['target'] | undefined): ExportLinkEnd => {
    const text = texts.get(side.articleId)
    const placed = side.anchor.status === 'orphan' ? null : side.anchor
    const points = text === undefined ? null : codePointOffsets(text)
    // In an article exported beside it, where the passage is now; elsewhere, where it was stored.
    const position =
      placed && points ? { start: points.toCodePoint(placed.start), end: points.toCodePoint(placed.end) } : null
    return {
      articleId: side.articleId,
      title: side.title,
      quote: side.quote,
      prefix: target?.quote.prefix ?? '',
      suffix: target?.quote.suffix ?? '',
      start: position?.start ?? (points ? null : (target?.position.start ?? null)),
      end: position?.end ?? (points ? null : (target?.position.end ?? null)),
      anchor: side.anchor.status
    }
  }
  const [first, second] = view.side === 0 ? [view.here, view.there] : [view.there, view.here]
  return {
    id: view.id,
    kind: view.kind,
    kindLabel: LINK_KIND_LABELS[view.kind],
    note: view.note,
    created: view.created,
    modified: view.modified,
    ends: [end(first, stored?.ends[0].target), end(second, stored?.ends[1].target)]
  }
}
