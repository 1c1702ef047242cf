// Live library: files added, changed, renamed or deleted in a folder reach the library without a
// restart. chokidar smooths over the platforms' watcher differences; awaitWriteFinish waits for
// a file being copied in to be complete before it is read. Links are not followed: each one is
// reported as itself and judged by inspect-entry.ts, the same rule as the initial scan.
import { realpathSync } from 'node:fs'
import { relative, sep } from 'node:path'
import chokidar from 'chokidar'
import { formatOf } from '../articles/article-format'

export interface FolderWatch {
  close(): Promise<void>
}

export function watchFolder(
  folder: string,
  onEvent: (path: string, kind: 'present' | 'gone') => void,
  log: (message: string) => void = console.error
): FolderWatch {
  // With followSymlinks off chokidar would not enter a library folder that is itself a link: watch
  // what it points to, and report paths relative to that, which are the scan's paths too.
  const root = realOrSame(folder)
  const watcher = chokidar.watch(root, {
    ignoreInitial: true,
    ignored: (path, stats) =>
      relative(root, path)
        .split(sep)
        .some((part) => part.startsWith('.')) ||
      (stats?.isFile() === true && formatOf(path) === null),
    awaitWriteFinish: { stabilityThreshold: 250, pollInterval: 50 },
    followSymlinks: false
  })
  const relativePath = (path: string) => relative(root, path).split(sep).join('/')
  watcher
    .on('add', (path) => onEvent(relativePath(path), 'present'))
    .on('change', (path) => onEvent(relativePath(path), 'present'))
    .on('unlink', (path) => onEvent(relativePath(path), 'gone'))
    .on('error', (err) => log(`[watch] ${folder}: ${String(err)}`))
  return { close: () => watcher.close() }
}

function realOrSame(folder: string): string {
  try {
    return realpathSync.native(folder)
  } catch {
    return folder // missing now: chokidar reports it, and the next scan says why
  }
}
