// Lists the article files under a folder, and says why each one that cannot be read cannot.
import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { formatOf } from '../articles/parse-article'
import { MAX_ARTICLE_BYTES, describeReadError } from '../articles/read-errors'
import type { UnreadableFile } from './library-types'

export interface ScannedFile {
  /** Relative to the scanned folder, forward slashes. */
  path: string
  size: number
  mtimeMs: number
}

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
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(absolute)
        continue
      }
      if (formatOf(entry.name) === null || !(entry.isFile() || entry.isSymbolicLink())) continue
      await consider(absolute)
    }
  }

  const consider = async (absolute: string): Promise<void> => {
    const path = relativePath(absolute)
    try {
      const info = await stat(absolute) // follows links: a broken link fails here
      if (!info.isFile()) return
      if (info.size > MAX_ARTICLE_BYTES) {
        unreadable.push({ folder, path, reason: `Too large to be an article (${(info.size / 1e6).toFixed(1)} MB; the limit is 20 MB).` })
        return
      }
      files.push({ path, size: info.size, mtimeMs: info.mtimeMs })
    } catch (err) {
      unreadable.push({ folder, path, reason: describeReadError(err) })
    }
  }

  await walk(folder)
  files.sort((a, b) => a.path.localeCompare(b.path))
  return { files, unreadable }
}

/** One file, as the watcher reports it; undefined when it is gone. */
export async function scanOne(folder: string, path: string): Promise<{ file?: ScannedFile; unreadable?: UnreadableFile }> {
  try {
    const info = await stat(join(folder, path))
    if (!info.isFile()) return {}
    if (info.size > MAX_ARTICLE_BYTES) return { unreadable: { folder, path, reason: `Too large to be an article (${(info.size / 1e6).toFixed(1)} MB; the limit is 20 MB).` } }
    return { file: { path, size: info.size, mtimeMs: info.mtimeMs } }
  } catch (err) {
    const code = (err as { code?: string }).code
    return code === 'ENOENT' ? {} : { unreadable: { folder, path, reason: describeReadError(err) } }
  }
}
