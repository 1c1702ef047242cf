// The one rule for what the library reads, used by the initial scan and by the watcher alike:
// a link to a folder is never followed (a loop such as `up -> .` would multiply the library, and a
// link to a folder elsewhere would bring in files the user never chose); a link to a file is
// followed only if the file's real path lies inside the folder's real path. Each skipped link is
// reported with its reason in the folder's list of unreadable files.
import type { Stats } from 'node:fs'
import { lstat, readlink, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { formatOf } from '../articles/article-format'
import { MAX_ARTICLE_BYTES, describeReadError } from '../articles/read-errors'
import type { UnreadableFile } from './library-types'
import { isInside, outsideReason } from '../storage/read-inside-folder'
import type { ScannedFile } from './library-types'

/** A file to index, a reason it cannot be, or neither (gone, or not an article). */
export interface EntryVerdict {
  file?: ScannedFile
  unreadable?: UnreadableFile
}

/**
 * `path` is relative to `folder` with forward slashes; `root` is the folder's real path. The
 * caller has reached `path` without following links (a readdir walk, or the watcher with
 * followSymlinks off), so only its last component can be a link.
 */
export async function inspectEntry(folder: string, root: string, path: string): Promise<EntryVerdict> {
  const absolute = join(folder, path)
  const article = formatOf(path) !== null
  const problem = (reason: string): EntryVerdict => ({ unreadable: { folder, path, reason } })
  let info: Stats
  try {
    info = await lstat(absolute)
  } catch (err) {
    return (err as { code?: string }).code === 'ENOENT' ? {} : problem(describeReadError(err))
  }
  if (info.isSymbolicLink()) {
    let target: string
    try {
      target = await realpath(absolute)
      info = await stat(target)
    } catch (err) {
      if (!article) return {} // a dangling link that is not an article by its name: nothing to say
      const code = (err as { code?: string }).code
      if (code !== 'ENOENT') return problem(describeReadError(err))
      const to = await readlink(absolute).catch(() => '?')
      return problem(`Skipped: a broken link (it points to ${to}, which does not exist).`)
    }
    if (info.isDirectory())
      return problem(`Skipped: a link to a folder (${target}); links to folders are not followed.`)
    if (!article) return {}
    if (!isInside(root, target)) return problem(outsideReason(target))
  }
  if (!article || !info.isFile()) return {}
  if (info.size > MAX_ARTICLE_BYTES) {
    return problem(`Too large to be an article (${(info.size / 1e6).toFixed(1)} MB; the limit is 20 MB).`)
  }
  return { file: { path, size: info.size, mtimeMs: info.mtimeMs } }
}
