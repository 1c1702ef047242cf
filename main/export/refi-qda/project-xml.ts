// The `project.qde` of a `.qdpx` (namespace urn:QDA-XML:project:1.0) and the source texts it
// points at. Elements follow the schema's order, empty containers are left out (the schema wants
// at least one child in each), and every element that can name its creator and time does: peer
// tools are less forgiving than the schema (QualCoder fails on a Note without creationDateTime).
import type { ExportArticle, ExportModel } from '../export-model'
import { codeElements, documentCodes, tagCodes, themeCodes } from './refi-codes'
import { refiGuid } from './refi-guid'
import { linkParts, type PlacedArticle } from './refi-links'
import { articleParts, type RefiNote, type RefiSelection } from './refi-selections'
import { sourceText } from './source-text'
import { buildXml, xmlDateTime } from './xml-text'

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0'

export interface RefiProject {
  xml: string
  /** Each article's text as written to `sources/<guid>.txt`, positions counted over it. */
  sources: Array<{ guid: string; text: string }>
}

export function projectXml(model: ExportModel): RefiProject {
  const user = refiGuid('user', model.user)
  const placed = new Map<string, PlacedArticle>()
  for (const article of model.articles) {
    const source = sourceText(article.text)
    placed.set(article.id, { article, source, parts: articleParts(article, source, sourceCreated(article, model)) })
  }
  const { links, notes: linkNotes } = linkParts(model.links, placed)
  const codes = [...tagCodes(model), ...themeCodes(model), ...documentCodes(model)]
  const notes = [...[...placed.values()].flatMap(({ parts }) => parts.notes), ...linkNotes]
  const stamp = (created: string, modified: string | null) => ({
    '@_creatingUser': user,
    '@_creationDateTime': xmlDateTime(created, model.generatedAt),
    ...(modified ? { '@_modifyingUser': user, '@_modifiedDateTime': xmlDateTime(modified, model.generatedAt) } : {})
  })
  const selection = (item: RefiSelection) => ({
    '@_guid': item.guid,
    '@_name': item.name,
    '@_startPosition': String(item.start),
    '@_endPosition': String(item.end),
    ...stamp(item.created, item.modified),
    ...(item.description.trim() ? { Description: item.description } : {}),
    ...nonEmpty(
      'Coding',
      item.codings.map((coding) => ({
        '@_guid': coding.guid,
        ...stamp(coding.created, null),
        CodeRef: { '@_targetGUID': coding.codeGuid }
      }))
    ),
    ...noteRefs(item.noteRefs)
  })
  const textSource = ({ article, source, parts }: PlacedArticle) => ({
    '@_guid': refiGuid('source', article.id),
    '@_name': article.title,
    '@_plainTextPath': `internal://${refiGuid('source', article.id)}.txt`,
    ...stamp(sourceCreated(article, model), null),
    Description: [article.outlet, article.date, article.sourceUrl, article.file].filter(Boolean).join(' · '),
    ...nonEmpty(
      'PlainTextSelection',
      parts.selections
        .filter((item) => item.end > item.start && item.end <= source.length)
        .sort((a, b) => a.start - b.start || a.end - b.end || a.guid.localeCompare(b.guid))
        .map(selection)
    ),
    ...noteRefs(parts.sourceNoteRefs)
  })
  const note = (item: RefiNote) => ({
    '@_guid': item.guid,
    '@_name': item.name,
    ...stamp(item.created, item.modified),
    PlainTextContent: item.text
  })
  const xml = buildXml({
    Project: {
      '@_xmlns': PROJECT_NAMESPACE,
      '@_name': `Crossread: ${model.scopeLabel}`,
      '@_origin': 'Crossread',
      '@_creatingUserGUID': user,
      '@_creationDateTime': xmlDateTime(model.generatedAt, '1970-01-01T00:00:00Z'),
      Users: { User: [{ '@_guid': user, '@_name': model.user }] },
      ...(codes.length > 0 ? { CodeBook: { Codes: { Code: codeElements(codes) } } } : {}),
      ...(placed.size > 0 ? { Sources: { TextSource: [...placed.values()].map(textSource) } } : {}),
      ...(notes.length > 0 ? { Notes: { Note: notes.map(note) } } : {}),
      ...(links.length > 0 ? { Links: { Link: links } } : {}),
      Description: `Exported from Crossread. Scope: ${model.scopeLabel}.`
    }
  })
  const sources = [...placed.values()].map(({ article, source }) => ({
    guid: refiGuid('source', article.id),
    text: source.text
  }))
  return { xml, sources }
}

/** When an article entered the work: its memo or first highlight, else its date; stable across exports. */
function sourceCreated(article: ExportArticle, model: ExportModel): string {
  const times = [article.memo?.created, ...article.highlights.map((highlight) => highlight.created)].filter(
    (time): time is string => typeof time === 'string'
  )
  const first = times.sort()[0]
  return first ?? (article.date ? `${article.date}T00:00:00Z` : model.generatedAt)
}

const nonEmpty = (name: string, items: unknown[]) => (items.length > 0 ? { [name]: items } : {})
const noteRefs = (guids: string[]) =>
  nonEmpty(
    'NoteRef',
    guids.map((guid) => ({ '@_targetGUID': guid }))
  )
