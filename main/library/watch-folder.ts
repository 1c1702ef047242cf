// Live library: files added, changed, renamed or deleted in a folder reach the library without a
// restart. chokidar smooths over the platforms' watcher differences; awaitWriteFinish waits for
// a file being copied in to be complete before it is read.
import { relative, sep } from 'node:path'
import chokidar from 'chokidar'
import { formatOf } from '../articles/parse-article'

export interface FolderWatch {
  close(): Promise<void>
}

export function watchFolder(
  folder: string,
  onEvent: (path: string, kind: 'present' | 'gone') => void,
  log: (message: string) => void = console.error
): FolderWatch {
  const watcher = chokidar.watch(folder, {
    ignoreInitial: true,
    ignored: (path, stats) => relative(folder, path).split(sep).some((part) => part.startsWith('.')) || (stats?.isFile() === true && formatOf(path) === null),
    awaitWriteFinish: { stabilityThreshold: 250, pollInterval: 50 },
    followSymlinks: true
  })
  const relativePath = (path: string) => relative(folder, path).split(sep).join('/')
  watcher
    .on('add', (path) => onEvent(relativePath(path), 'present'))
    .on('change', (path) => onEvent(relativePath(path), 'present'))
    .on('unlink', (path) => onEvent(relativePath(path), 'gone'))
    .on('error', (err) => log(`[watch] ${folder}: ${String(err)}`))
  return { close: () => watcher.close() }
}
