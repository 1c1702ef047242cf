// What the passages index keeps of one annotation: enough to filter, sort and show it, with quote
// and note cut to a few lines. At 100,000 annotations the whole store in memory is ~110 MB; these
// records are a fraction of it, and the reader shows the full texts when a passage is opened.
import type { Annotation, HighlightColor } from '../../common/model/annotation-types'
import type { Passage } from '../../common/model/passages'

/** About four lines of the column: past this a quote or note is cut (at a character boundary). */
export const SHOWN_CHARS = 280

export interface PassageRecord {
  id: string
  articleId: string
  color: HighlightColor
  tags: readonly string[]
  created: string
  /** Where it starts in its article (code points), for text order within a group. */
  start: number
  quote: string
  note: string
  clipped: boolean
}

/** `text` cut to `max` UTF-16 units, never inside a surrogate pair or before a combining mark (Thai vowels and tone marks). */
export function clip(text: string, max = SHOWN_CHARS): string {
  if (text.length <= max) return text
  let end = max
  while (end > 0 && /[\p{M}\uDC00-\uDFFF]/u.test(text[end] ?? '')) end--
  return text.slice(0, end).trimEnd()
}

/** `articleId`: the same id as one shared string (the index keeps one per article). */
export function recordOf(annotation: Annotation, articleId = annotation.articleId): PassageRecord {
  const quote = annotation.target.quote.exact
  return {
    id: annotation.id,
    articleId,
    color: annotation.color,
    tags: annotation.tags,
    created: annotation.created,
    start: annotation.target.position.start,
    quote: clip(quote),
    note: clip(annotation.note),
    clipped: quote.length > SHOWN_CHARS || annotation.note.length > SHOWN_CHARS
  }
}

export function passageOf(record: PassageRecord): Passage {
  const { id, articleId, quote, note, color, tags, created, clipped } = record
  return { id, articleId, quote, note, color, tags: [...tags], created, clipped }
}
