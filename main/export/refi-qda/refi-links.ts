// Passage links as REFI-QDA `Link`s between two selections. An end that is a highlight points at
// that highlight's selection; any other end becomes a selection of its own, when its article is
// in the export and the passage still has a place. A link missing an end is left out: a peer
// tool has nothing to draw it to.
import type { ExportArticle, ExportLink, ExportLinkEnd } from '../export-model'
import { refiGuid } from './refi-guid'
import type { ArticleParts, RefiNote } from './refi-selections'
import type { SourceText } from './source-text'
import { shortName } from './xml-text'

export interface PlacedArticle {
  article: ExportArticle
  source: SourceText
  parts: ArticleParts
}

export interface LinkParts {
  links: Array<Record<string, unknown>>
  notes: RefiNote[]
}

/** Links with both ends placed; the selections they need are added to `placed`'s parts. */
export function linkParts(links: ExportLink[], placed: Map<string, PlacedArticle>): LinkParts {
  const result: LinkParts = { links: [], notes: [] }
  for (const link of links) {
    const [origin, target] = link.ends.map((end, side) => endSelection(link, end, side, placed))
    if (!origin || !target) continue
    const noteGuid = refiGuid('link-note', link.id)
    if (link.note.trim() !== '')
      result.notes.push({
        guid: noteGuid,
        name: `${link.kindLabel} link`,
        text: link.note,
        created: link.created,
        modified: link.modified
      })
    result.links.push({
      '@_guid': refiGuid('link', link.id),
      '@_name': link.kindLabel,
      '@_direction': link.kind === 'same-event' || link.kind === 'other' ? 'Associative' : 'OneWay',
      '@_originGUID': origin,
      '@_targetGUID': target,
      ...(link.note.trim() !== '' ? { NoteRef: [{ '@_targetGUID': noteGuid }] } : {})
    })
  }
  return result
}

function endSelection(
  link: ExportLink,
  end: ExportLinkEnd,
  side: number,
  placed: Map<string, PlacedArticle>
): string | null {
  const entry = placed.get(end.articleId)
  if (!entry || end.start === null || end.end === null || end.end <= end.start) return null
  const highlight = entry.article.highlights.find(
    (candidate) => candidate.start === end.start && candidate.end === end.end
  )
  if (highlight) return refiGuid('highlight', highlight.id)
  const guid = refiGuid('link-end', `${link.id} ${side}`)
  entry.parts.selections.push({
    guid,
    name: `${link.kindLabel} link: ${shortName(end.quote, 40)}`,
    start: entry.source.position(end.start),
    end: entry.source.position(end.end),
    description: link.note,
    codings: [],
    noteRefs: [],
    created: link.created,
    modified: link.modified
  })
  return guid
}
