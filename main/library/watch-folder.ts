// Live library: files added, changed, renamed or deleted in a folder reach the library without a
// restart. @parcel/watcher (VS Code's watcher) watches each directory, not each file: chokidar's
// watcher per file cost 68 MB and 1.1 s of the main thread at launch for 10,000 articles, and as many
// inotify watches. Links are not followed: each one is reported as itself and judged by
// inspect-entry.ts, the same rule as the initial scan.
import { realpathSync } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import watcher from '@parcel/watcher'
import { formatOf } from '../articles/article-format'
import { isSkippedName } from './scan-folder'

export interface FolderWatch {
  close(): Promise<void>
}

/** A file being copied in changes for a while: it is reported once it has been quiet this long. */
const QUIET_MS = 250

export function watchFolder(
  folder: string,
  onEvent: (path: string, kind: 'present' | 'gone') => void,
  log: (message: string) => void = console.error
): FolderWatch {
  // The library folder may itself be a link: watch what it points to, and report paths relative
  // to that, which are the scan's paths too.
  const root = realOrSame(folder)
  const relativePath = (path: string) => relative(root, path).split(sep).join('/')
  const pending = new Map<string, NodeJS.Timeout>()
  let closed = false

  /** Reports a path once no event has come for it for QUIET_MS; the last kind seen wins. */
  const report = (path: string, kind: 'present' | 'gone') => {
    clearTimeout(pending.get(path))
    pending.set(
      path,
      setTimeout(() => {
        pending.delete(path)
        if (!closed) onEvent(path, kind)
      }, QUIET_MS)
    )
  }

  /**
   * A directory arrives with its contents (moved in, or made and filled at once) and the watcher
   * reports only the directory: its article files are reported one by one, as a scan would find them.
   */
  const arrived = async (path: string): Promise<void> => {
    const stats = await lstat(path).catch(() => null)
    if (!stats) return report(relativePath(path), 'gone')
    if (!stats.isDirectory()) {
      if (stats.isSymbolicLink() || formatOf(path) !== null) report(relativePath(path), 'present')
      return
    }
    const names = await readdir(path).catch(() => [])
    for (const name of names) if (!isSkippedName(name)) await arrived(join(path, name))
  }

  const subscription = watcher
    .subscribe(root, (err, events) => {
      if (err) return log(`[watch] ${folder}: ${String(err)}`)
      for (const event of events) {
        const path = relativePath(event.path)
        if (path.split('/').some(isSkippedName)) continue
        // A deleted directory's articles leave with it: the library departs everything under the path.
        if (event.type === 'delete') report(path, 'gone')
        else void arrived(event.path)
      }
    })
    .catch((err: unknown) => {
      log(`[watch] ${folder}: ${String(err)}`) // missing now: the next scan says why
      return null
    })

  return {
    async close() {
      closed = true
      for (const timer of pending.values()) clearTimeout(timer)
      await (await subscription)?.unsubscribe()
    }
  }
}

function realOrSame(folder: string): string {
  try {
    return realpathSync.native(folder)
  } catch {
    return folder
  }
}
