// Brings one file's entry up to date: unchanged files are not even read; a changed file is
// re-parsed (on the parse service's workers, within its time budget) and keeps its id (its previous
// hash is kept for re-anchoring); a new file whose content matches a departed article is that
// article, renamed or moved, and so is a new file at a departed article's place. A file that
// cannot be read or parsed is listed with the reason, and one whose content failed is not parsed
// again until it changes.
import type { ParseAnswer, ParseService } from '../parsing/parse-service'
import type { LibraryState } from './library-state'
import type { IndexedArticle, UnreadableFile } from './library-types'
import type { ScannedFile } from './library-types'

export type FileOutcome = 'unchanged' | 'touched' | 'changed' | 'added' | 'renamed' | 'returned' | 'unreadable'

/** What reading one file found, before the library takes it in (reads may run ahead of that). */
export type FileReading =
  { skip: 'unchanged' } | { skip: 'failed-before'; record: UnreadableFile } | ParseAnswer<'summarize'>

export async function readOneFile(
  parser: ParseService,
  state: LibraryState,
  folder: { key: string; path: string },
  file: ScannedFile,
  failedBefore?: UnreadableFile
): Promise<FileReading> {
  const existing = state.entryAt(folder.key, file.path)
  if (existing && existing.size === file.size && existing.mtimeMs === file.mtimeMs) return { skip: 'unchanged' }
  if (!existing && failedBefore && failedBefore.size === file.size && failedBefore.mtimeMs === file.mtimeMs) {
    return { skip: 'failed-before', record: failedBefore }
  }
  return parser.run('summarize', { folder: folder.path, path: file.path, knownHash: existing?.hash ?? null })
}

export function takeInFile(state: LibraryState, folderKey: string, file: ScannedFile, read: FileReading): FileOutcome {
  const existing = state.entryAt(folderKey, file.path)
  if ('skip' in read) {
    if (read.skip === 'failed-before') state.setUnreadable(read.record)
    return read.skip === 'unchanged' ? 'unchanged' : 'unreadable'
  }
  if (!read.ok) {
    // A failure of the content itself (not of reading it) is remembered with the file's size and mtime.
    const when = read.fromContent ? { size: file.size, mtimeMs: file.mtimeMs } : {}
    return unreadable(state, { folder: folderKey, path: file.path, reason: read.error, ...when }, existing)
  }
  const { hash, summary: fields } = read
  if (!fields) {
    // Only asked of a known file: its content is unchanged (touched, not edited).
    if (existing) state.put({ ...existing, size: file.size, mtimeMs: file.mtimeMs })
    return 'touched'
  }
  state.clearUnreadable(folderKey, file.path)

  const location = { folder: folderKey, path: file.path, size: file.size, mtimeMs: file.mtimeMs, hash }
  if (existing) {
    state.put({
      ...existing,
      ...fields,
      ...location,
      previousHashes: [...existing.previousHashes, existing.hash].slice(-20)
    })
    return 'changed'
  }
  const returning = state.claimDeparted(hash)
  if (returning) {
    const moved = returning.folder !== folderKey || returning.path !== file.path
    state.put({
      ...returning,
      ...fields,
      ...location,
      pathHistory: moved ? [...returning.pathHistory, returning.path].slice(-20) : returning.pathHistory
    })
    return 'renamed'
  }
  // The file that was here before (its folder removed, or the file deleted) come back edited: the
  // same article, so its annotations re-anchor as after an edit.
  const samePlace = state.claimDepartedAt(folderKey, file.path)
  if (samePlace) {
    state.put({
      ...samePlace,
      ...fields,
      ...location,
      previousHashes: [...samePlace.previousHashes, samePlace.hash].slice(-20)
    })
    return 'returned'
  }
  state.put({ id: state.newId(hash), ...fields, ...location, previousHashes: [], pathHistory: [] })
  return 'added'
}

/** One file on its own (a watcher event): read, then taken in. */
export async function indexOneFile(
  parser: ParseService,
  state: LibraryState,
  folder: { key: string; path: string },
  file: ScannedFile,
  failedBefore?: UnreadableFile
): Promise<FileOutcome> {
  return takeInFile(state, folder.key, file, await readOneFile(parser, state, folder, file, failedBefore))
}

function unreadable(state: LibraryState, record: UnreadableFile, existing: IndexedArticle | undefined): FileOutcome {
  state.setUnreadable(record)
  if (existing) state.depart(existing.id)
  return 'unreadable'
}
