// The first half of an import, before anything changes: each item's article found in this
// library and its passages placed in the article's current text (reading articles is async; the
// store's transaction that follows must not wait on anything).
import type { LinkEnd } from '../../../common/model/link-types'
import type { ImportSummary } from '../../../common/model/export'
import type {
  ImportItem,
  ImportedHighlight,
  ImportedLink,
  ImportedMemo,
  ImportedPassage,
  ImportedTheme
} from './import-items'
import { annotationIdFor, linkIdFor } from './imported-ids'
import type { ArticleFinder } from './match-article'
import { placePassage, type Placement } from './place-passage'

export type Orphan = ImportSummary['orphaned'][number]

export type PlannedItem =
  | { kind: 'highlight'; id: string; articleId: string; placement: Placement; item: ImportedHighlight }
  /** `ends` null: an end was not found; the link is stored only if it is here already. */
  | { kind: 'link'; id: string; ends: [LinkEnd, LinkEnd] | null; orphan: Orphan | null; item: ImportedLink }
  | { kind: 'theme'; articleId: string; item: ImportedTheme }
  | { kind: 'memo'; articleId: string; item: ImportedMemo }
  | { kind: 'orphan'; orphan: Orphan }

export async function planImport(items: ImportItem[], finder: ArticleFinder): Promise<PlannedItem[]> {
  const planned: PlannedItem[] = []
  for (const item of items) planned.push(await planOne(item, finder))
  return planned
}

async function planOne(item: ImportItem, finder: ArticleFinder): Promise<PlannedItem> {
  if (item.kind === 'unusable') return { kind: 'orphan', orphan: { id: item.fileId, quote: '', reason: item.reason } }
  if (item.kind === 'theme') {
    const match = await finder.find(item.source, null)
    if (match.found) return { kind: 'theme', articleId: match.articleId, item }
    return {
      kind: 'orphan',
      orphan: { id: item.fileId, quote: '', reason: `theme “${item.themeId}”: ${match.reason}` }
    }
  }
  if (item.kind === 'memo') {
    const match = await finder.find(item.source, null)
    if (match.found) return { kind: 'memo', articleId: match.articleId, item }
    const reason = `a note on a whole page (an article's memo): ${match.reason}`
    return { kind: 'orphan', orphan: { id: item.fileId, quote: '', reason } }
  }
  if (item.kind === 'highlight') {
    const match = await finder.find(item.passage.source, item.passage.quote.exact)
    if (!match.found) return { kind: 'orphan', orphan: orphanOf(item.fileId, item.passage, match.reason) }
    const placement = placePassage(match.text, item.passage)
    return {
      kind: 'highlight',
      id: annotationIdFor(item.fileId, match.articleId),
      articleId: match.articleId,
      placement,
      item
    }
  }
  return planLink(item, finder)
}

/** Both ends found and placed, or the first end that is not, reported. */
async function planLink(item: ImportedLink, finder: ArticleFinder): Promise<PlannedItem> {
  const id = linkIdFor(item.fileId)
  const ends: LinkEnd[] = []
  for (const [i, passage] of item.passages.entries()) {
    const match = await finder.find(passage.source, passage.quote.exact)
    const placement = match.found ? placePassage(match.text, passage) : null
    if (!match.found || !placement?.placed) {
      const why = match.found ? 'its quote is not in the article’s text' : match.reason
      return {
        kind: 'link',
        id,
        ends: null,
        orphan: orphanOf(item.fileId, passage, `end ${i + 1} of a link: ${why}`),
        item
      }
    }
    ends.push({ articleId: match.articleId, target: placement.target })
  }
  const [from, to] = ends
  return { kind: 'link', id, ends: from && to ? [from, to] : null, orphan: null, item }
}

const orphanOf = (id: string, passage: ImportedPassage, reason: string): Orphan => ({
  id,
  quote: passage.quote.exact,
  reason
})
