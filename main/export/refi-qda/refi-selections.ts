// One article's selections and notes: each anchored highlight a PlainTextSelection with a Coding
// per tag and its note both as a Note (NoteRef) and as the selection's Description (QualCoder
// reads that as the coding memo and drops the NoteRef); an orphaned highlight and the memo are
// Notes on the source; each confirmed theme codes its evidence paragraphs, each cited document
// the passages that cite it. Positions are moved onto the written `.txt` (source-text.ts).
import type { ExportArticle } from '../export-model'
import { evidenceSelections, mentionSelections } from './finding-selections'
import { refiGuid } from './refi-guid'
import type { ArticleParts } from './refi-parts'
import type { SourceText } from './source-text'
import { shortName } from './xml-text'

export type { ArticleParts, RefiCoding, RefiNote, RefiSelection } from './refi-parts'

export function articleParts(article: ExportArticle, source: SourceText, created: string): ArticleParts {
  const parts: ArticleParts = { selections: [], notes: [], sourceNoteRefs: [] }
  if (article.memo) {
    const guid = refiGuid('memo', article.id)
    const { text, created: memoCreated, modified } = article.memo
    parts.notes.push({ guid, name: `Memo: ${shortName(article.title)}`, text, created: memoCreated, modified })
    parts.sourceNoteRefs.push(guid)
  }
  for (const highlight of article.highlights) {
    const noteGuid = refiGuid('note', highlight.id)
    const tags = highlight.tagNames.length > 0 ? `\nTags: ${highlight.tagNames.join(', ')}` : ''
    const when = { created: highlight.created, modified: highlight.modified }
    if (highlight.start === null || highlight.end === null) {
      // No place in the current text: kept as a note on the article, so the work is not lost.
      const text = `Orphaned ${highlight.colorName.toLowerCase()} highlight: “${highlight.quote}”${tags}${highlight.note ? `\n\n${highlight.note}` : ''}`
      parts.notes.push({ guid: noteGuid, name: `Orphaned highlight: ${shortName(highlight.quote, 40)}`, text, ...when })
      parts.sourceNoteRefs.push(noteGuid)
      continue
    }
    if (highlight.note.trim() !== '')
      parts.notes.push({
        guid: noteGuid,
        name: `Note on “${shortName(highlight.quote, 40)}”`,
        text: highlight.note,
        ...when
      })
    parts.selections.push({
      guid: refiGuid('highlight', highlight.id),
      name: `${highlight.colorName} highlight: ${shortName(highlight.quote, 40)}`,
      start: source.position(highlight.start),
      end: source.position(highlight.end),
      description: highlight.note,
      codings: highlight.tagIds.map((tagId) => ({
        guid: refiGuid('coding', `${highlight.id} ${tagId}`),
        codeGuid: refiGuid('tag', tagId),
        created: highlight.created
      })),
      noteRefs: highlight.note.trim() !== '' ? [noteGuid] : [],
      ...when
    })
  }
  parts.selections.push(...evidenceSelections(article, source, created), ...mentionSelections(article, source, created))
  return parts
}
