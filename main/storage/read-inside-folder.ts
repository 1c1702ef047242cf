// Reads an article file only if it really lies inside its library folder. The scan and the watcher
// already skip links that leave the folder, but a file can be swapped for such a link after it was
// listed (a downloaded corpus, a sync tool): so the check is made again at the moment of reading.
import { closeSync, constants, openSync, readFileSync, realpathSync } from 'node:fs'
import { readFile, realpath } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'
import { describeReadError } from '../articles/read-errors'

/** True when `path` is strictly below `root` (both real paths: no links left in them). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

export const outsideReason = (target: string) => `Skipped: a link to a file outside the folder (${target}).`

export type InsideRead = { ok: true; bytes: Buffer } | { ok: false; reason: string }

/**
 * The bytes of `path` (relative to `folder`), or why they may not be read. Resolves every link in
 * the path, refuses a real path outside the folder's real path, then opens that real path without
 * following a link, so a last-moment swap of the file itself fails instead of leaking. (A folder
 * above it swapped in the same instant is not caught: that race needs openat2's RESOLVE_BENEATH.)
 */
export async function readInsideFolder(folder: string, path: string): Promise<InsideRead> {
  let target: string
  try {
    const [root, real] = await Promise.all([realpath(folder), realpath(join(folder, path))])
    if (!isInside(root, real)) return { ok: false, reason: outsideReason(real) }
    target = real
  } catch (err) {
    return { ok: false, reason: describeReadError(err) }
  }
  try {
    return { ok: true, bytes: await readFile(target, { flag: NO_LINK }) }
  } catch (err) {
    return { ok: false, reason: lastMomentReason(err) }
  }
}

/**
 * The same check with synchronous calls, for worker threads that do nothing else meanwhile: there
 * each async call costs trips through libuv's small thread pool, which both search workers share
 * (10% of the index build at 10,000 articles).
 */
export function readInsideFolderSync(folder: string, path: string): InsideRead {
  let target: string
  try {
    const real = realpathSync.native(join(folder, path))
    if (!isInside(realpathSync.native(folder), real)) return { ok: false, reason: outsideReason(real) }
    target = real
  } catch (err) {
    return { ok: false, reason: describeReadError(err) }
  }
  try {
    const fd = openSync(target, NO_LINK)
    try {
      return { ok: true, bytes: readFileSync(fd) }
    } finally {
      closeSync(fd)
    }
  } catch (err) {
    return { ok: false, reason: lastMomentReason(err) }
  }
}

// O_NOFOLLOW does not exist on Windows, where making links needs privileges anyway; O_NONBLOCK
// makes a pipe swapped in for the file fail instead of blocking the library's queue forever.
const NO_LINK = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

function lastMomentReason(err: unknown): string {
  const swapped = (err as { code?: string }).code === 'ELOOP'
  return swapped ? 'Skipped: the file was replaced by a link while it was being read.' : describeReadError(err)
}
