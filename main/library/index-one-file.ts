// Brings one file's entry up to date: unchanged files are not even read; a changed file is
// re-parsed and keeps its id (its previous hash is kept for re-anchoring); a new file whose
// content matches a departed article is that article, renamed or moved.
import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import { parseArticle } from '../articles/parse-article'
import { headerOf, type ParsedArticle } from '../articles/parsed-article'
import type { LibraryState } from './library-state'
import type { IndexedArticle } from './library-types'
import { readInsideFolder } from './read-inside-folder'
import type { ScannedFile } from './scan-folder'

export type FileOutcome = 'unchanged' | 'touched' | 'changed' | 'added' | 'renamed' | 'unreadable'

export async function indexOneFile(state: LibraryState, folderKey: string, folderPath: string, file: ScannedFile): Promise<FileOutcome> {
  const existing = state.entryAt(folderKey, file.path)
  if (existing && existing.size === file.size && existing.mtimeMs === file.mtimeMs) return 'unchanged'

  const read = await readInsideFolder(folderPath, file.path) // a link swapped in since the scan is refused here
  if (!read.ok) return unreadable(state, folderKey, file.path, read.reason, existing)
  const bytes = read.bytes
  const hash = createHash('sha256').update(bytes).digest('hex')
  if (existing && existing.hash === hash) {
    state.put({ ...existing, size: file.size, mtimeMs: file.mtimeMs })
    return 'touched'
  }
  const parsed = parseArticle(bytes, basename(file.path))
  if (!parsed.ok) return unreadable(state, folderKey, file.path, parsed.error, existing)
  state.clearUnreadable(folderKey, file.path)

  const fields = summaryFields(parsed.article)
  const location = { folder: folderKey, path: file.path, size: file.size, mtimeMs: file.mtimeMs, hash }
  if (existing) {
    state.put({ ...existing, ...fields, ...location, previousHashes: [...existing.previousHashes, existing.hash].slice(-20) })
    return 'changed'
  }
  const returning = state.claimDeparted(hash)
  if (returning) {
    const moved = returning.folder !== folderKey || returning.path !== file.path
    state.put({ ...returning, ...fields, ...location, pathHistory: moved ? [...returning.pathHistory, returning.path].slice(-20) : returning.pathHistory })
    return 'renamed'
  }
  state.put({ id: state.newId(hash), ...fields, ...location, previousHashes: [], pathHistory: [] })
  return 'added'
}

function unreadable(state: LibraryState, folder: string, path: string, reason: string, existing: IndexedArticle | undefined): FileOutcome {
  state.setUnreadable({ folder, path, reason })
  if (existing) state.depart(existing.id)
  return 'unreadable'
}

type SummaryFields = Omit<IndexedArticle, 'id' | 'folder' | 'path' | 'size' | 'mtimeMs' | 'hash' | 'previousHashes' | 'pathHistory'>

export function summaryFields(article: ParsedArticle): SummaryFields {
  return { ...headerOf(article), blockCount: article.blocks.length }
}
