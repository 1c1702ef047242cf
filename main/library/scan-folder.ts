// Lists the article files under a folder, and says why each one that cannot be read cannot. Links
// are judged by inspect-entry.ts, the same rule the watcher's events go through.
import type { Dirent } from 'node:fs'
import { readdir, realpath } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { formatOf } from '../articles/article-format'
import { describeReadError } from '../articles/read-errors'
import { inspectEntry } from './inspect-entry'
import type { ScannedFile, UnreadableFile } from './library-types'

export interface FolderScan {
  files: ScannedFile[]
  unreadable: UnreadableFile[]
}

/** Folders a scrape or an OS leaves next to articles that are never articles. */
const SKIPPED_FOLDERS = new Set(['node_modules', '__MACOSX'])

export async function scanFolder(folder: string, signal?: AbortSignal): Promise<FolderScan> {
  const files: ScannedFile[] = []
  const unreadable: UnreadableFile[] = []
  const relativePath = (absolute: string) => relative(folder, absolute).split(sep).join('/')
  const root = await realpath(folder) // the folder itself may be a link: what it points to is the library

  const walk = async (dir: string): Promise<void> => {
    signal?.throwIfAborted()
    let entries: Dirent[]
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (err) {
      if (dir === folder) throw err
      unreadable.push({ folder, path: relativePath(dir), reason: `Folder not readable: ${describeReadError(err)}` })
      return
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const absolute = join(dir, entry.name)
      // A Dirent describes the entry itself: a link to a folder is not isDirectory(), so it is never walked into.
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(absolute)
        continue
      }
      if (!entry.isSymbolicLink() && !(entry.isFile() && formatOf(entry.name) !== null)) continue
      const verdict = await inspectEntry(folder, root, relativePath(absolute))
      if (verdict.file) files.push(verdict.file)
      if (verdict.unreadable) unreadable.push(verdict.unreadable)
    }
  }

  await walk(folder)
  files.sort((a, b) => a.path.localeCompare(b.path))
  return { files, unreadable }
}

/** One file, as the watcher reports it: to index, unreadable with a reason, or neither (gone). */
export async function scanOne(
  folder: string,
  path: string
): Promise<{ file?: ScannedFile; unreadable?: UnreadableFile }> {
  try {
    return await inspectEntry(folder, await realpath(folder), path)
  } catch (err) {
    const code = (err as { code?: string }).code
    return code === 'ENOENT' ? {} : { unreadable: { folder, path, reason: describeReadError(err) } }
  }
}
