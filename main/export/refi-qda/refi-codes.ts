// The REFI-QDA code tree: the codebook's tags with their nesting and colours, then, in a project,
// a "Themes" folder with a code per confirmed theme and a "Documents" folder with a code per
// cited document (a code per document is what every QDA tool shows and queries; variables and
// cases are read unevenly by peers). Folders are not codable: only their children code text.
import type { ExportCitation, ExportModel } from '../export-model'
import { refiGuid } from './refi-guid'

export interface CodeNode {
  guid: string
  name: string
  isCodable: boolean
  color: string | null
  description: string
  children: CodeNode[]
}

export const THEMES_FOLDER = 'Themes'
export const DOCUMENTS_FOLDER = 'Documents'

/** The tags as codes, parents before children, in the model's (name) order. */
export function tagCodes(model: ExportModel): CodeNode[] {
  const known = new Set(model.tags.map((tag) => tag.id))
  const placed = new Set<string>() // a loop in a damaged codebook must not recurse forever
  const childrenOf = (parentId: string | null): CodeNode[] =>
    model.tags
      .filter((tag) =>
        parentId === null ? tag.parentId === null || !known.has(tag.parentId) : tag.parentId === parentId
      )
      .filter((tag) => !placed.has(tag.id) && placed.add(tag.id))
      .map((tag) => ({
        guid: refiGuid('tag', tag.id),
        name: tag.name,
        isCodable: true,
        color: refiColor(tag.color),
        description: tag.description,
        children: childrenOf(tag.id)
      }))
  return childrenOf(null)
}

/** The themes some exported article confirmed, under a "Themes" folder; none, no folder. */
export function themeCodes(model: ExportModel): CodeNode[] {
  const confirmed = new Set(
    model.articles.flatMap((article) =>
      article.themes.filter((theme) => theme.verdict === 'confirmed').map((theme) => theme.id)
    )
  )
  const children = model.themes
    .filter((theme) => confirmed.has(theme.id))
    .map((theme) => ({
      guid: refiGuid('theme', theme.id),
      name:
        theme.label.th && theme.label.th !== theme.label.en ? `${theme.label.en} · ${theme.label.th}` : theme.label.en,
      isCodable: true,
      color: null,
      description: `Reform theme “${theme.id}”, confirmed by the researcher; codes the paragraphs that carry its cues.`,
      children: []
    }))
  return children.length === 0
    ? []
    : [folder('theme-folder', THEMES_FOLDER, 'Reform themes confirmed in Crossread.', children)]
}

/** A code per cited document, under a "Documents" folder, coding the sentences that cite it. */
export function documentCodes(model: ExportModel): CodeNode[] {
  const documents = new Map<string, CodeNode>()
  for (const citation of model.articles.flatMap((article) => article.citations)) {
    const key = documentKey(citation)
    if (key === '' || documents.has(key)) continue
    const dated = [citation.resolvedTitle, citation.resolvedDate].filter(Boolean).join(', ')
    documents.set(key, {
      guid: refiGuid('document', key),
      name: citation.documentId ?? citation.resolvedKey ?? key,
      isCodable: true,
      color: null,
      description: dated,
      children: []
    })
  }
  const children = [...documents.values()].sort((a, b) => a.name.localeCompare(b.name))
  return children.length === 0
    ? []
    : [folder('document-folder', DOCUMENTS_FOLDER, 'Documents the articles cite.', children)]
}

/** One document, however an article names it. */
export const documentKey = (citation: ExportCitation): string =>
  citation.resolvedKey ?? citation.documentId ?? citation.mentions[0]?.text.normalize('NFC').trim() ?? ''

/** `#RRGGBB` (or `#RGB`) as the schema's RGBType; anything else is left out. */
export const refiColor = (color: string): string | null =>
  /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.test(color) ? color.toUpperCase() : null

const folder = (
  id: 'theme-folder' | 'document-folder',
  name: string,
  description: string,
  children: CodeNode[]
): CodeNode => ({
  guid: refiGuid('group', id),
  name,
  isCodable: false,
  color: null,
  description,
  children
})

/** Codes as elements; a project's codes may carry NoteRefs, a codebook's may not (none are written). */
export function codeElements(nodes: CodeNode[]): Array<Record<string, unknown>> {
  return nodes.map((node) => ({
    '@_guid': node.guid,
    '@_name': node.name,
    '@_isCodable': String(node.isCodable),
    ...(node.color ? { '@_color': node.color } : {}),
    ...(node.description.trim() ? { Description: node.description } : {}),
    ...(node.children.length > 0 ? { Code: codeElements(node.children) } : {})
  }))
}
