// Brings one file's entry up to date: unchanged files are not even read; a changed file is
// re-parsed (on the parse service's worker, within its time budget) and keeps its id (its previous
// hash is kept for re-anchoring); a new file whose content matches a departed article is that
// article, renamed or moved. A file that cannot be read or parsed is listed with the reason.
import { join } from 'node:path'
import type { ParseService } from '../parsing/parse-service'
import type { LibraryState } from './library-state'
import type { IndexedArticle } from './library-types'
import type { ScannedFile } from './scan-folder'

export type FileOutcome = 'unchanged' | 'touched' | 'changed' | 'added' | 'renamed' | 'unreadable'

export async function indexOneFile(
  parser: ParseService,
  state: LibraryState,
  folderKey: string,
  folderPath: string,
  file: ScannedFile
): Promise<FileOutcome> {
  const existing = state.entryAt(folderKey, file.path)
  if (existing && existing.size === file.size && existing.mtimeMs === file.mtimeMs) return 'unchanged'

  const read = await parser.run('summarize', { file: join(folderPath, file.path), knownHash: existing?.hash ?? null })
  if (!read.ok) return unreadable(state, folderKey, file.path, read.error, existing)
  const { hash, summary: fields } = read
  if (!fields) {
    // Only asked of a known file: its content is unchanged (touched, not edited).
    if (existing) state.put({ ...existing, size: file.size, mtimeMs: file.mtimeMs })
    return 'touched'
  }
  state.clearUnreadable(folderKey, file.path)

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
