// Web mode's access token and port, kept in the data folder (`web-access.json`, owner-only) so that
// a restart answers at the same address with the same token: a tab left open reconnects by itself
// instead of the user hunting for a new address. The token is a secret: it is never logged here,
// and a file another user could have read (or that is damaged) is replaced by a fresh token.
import { randomBytes } from 'node:crypto'
import { lstat, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describeWriteError } from '../store/describe-write-error'
import { writeFileDurably } from '../storage/write-file-durably'

export const WEB_ACCESS_FILE = 'web-access.json'
/** 24 random bytes in base64url, as a fresh token is made. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/

export interface WebAccess {
  token: string
  /** The port the last start listened on, to ask for again; null when none is known. */
  port: number | null
  /** What the terminal should say about the file (why the token changed, or why it is not kept). */
  notes: string[]
}

/** The token (and last port) of this data folder: the kept ones, or a fresh token written now. */
export async function openWebAccess(dataDir: string, options: { renew?: boolean } = {}): Promise<WebAccess> {
  const path = join(dataDir, WEB_ACCESS_FILE)
  const kept = await readKept(path)
  if ('token' in kept && !options.renew) return { token: kept.token, port: kept.port, notes: [] }
  // A renewed token keeps the port: only the secret changes.
  const port = 'token' in kept ? kept.port : null
  const access: WebAccess = { token: randomBytes(24).toString('base64url'), port, notes: [] }
  if ('problem' in kept && kept.problem)
    access.notes.push(`A new access token was made: ${kept.problem}. Tabs opened before need the new address.`)
  const unsaved = await keepWebAccess(dataDir, access)
  if (unsaved) access.notes.push(unsaved)
  return access
}

/** Writes the token and port (owner-only); null, or a sentence on why they are not kept. */
export async function keepWebAccess(
  dataDir: string,
  access: Pick<WebAccess, 'token' | 'port'>
): Promise<string | null> {
  try {
    // writeFileDurably makes its temp file with mode 0600 and renames it over the old file.
    await writeFileDurably(join(dataDir, WEB_ACCESS_FILE), JSON.stringify({ token: access.token, port: access.port }))
    return null
  } catch (err) {
    return `The access token could not be kept in the data folder (${describeWriteError(err)}): the address will change at the next start.`
  }
}

type Kept = { token: string; port: number | null } | { problem: string | null }

/** The kept token, or why there is none usable (null: simply none yet). */
async function readKept(path: string): Promise<Kept> {
  let text: string
  try {
    const facts = await lstat(path)
    if (!facts.isFile()) return { problem: `${WEB_ACCESS_FILE} in the data folder is not a plain file` }
    const exposure = exposureOf(facts)
    if (exposure) return { problem: exposure }
    text = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as { code?: string }).code
    if (code === 'ENOENT') return { problem: null }
    return { problem: `${WEB_ACCESS_FILE} in the data folder could not be read (${code ?? String(err)})` }
  }
  try {
    const value = JSON.parse(text) as { token?: unknown; port?: unknown }
    if (typeof value.token !== 'string' || !TOKEN_SHAPE.test(value.token)) throw new Error('no token')
    const port = Number.isInteger(value.port) && (value.port as number) > 0 && (value.port as number) < 65536
    return { token: value.token, port: port ? (value.port as number) : null }
  } catch {
    return { problem: `${WEB_ACCESS_FILE} in the data folder was damaged` }
  }
}

/**
 * Why the file may have been read by someone else, or null. Windows keeps no POSIX modes (a file
 * there shows 0666 whatever its ACL): the data folder in the user's profile is theirs alone, so
 * the check is skipped there.
 */
export function exposureOf(
  facts: { mode: number; uid: number },
  platform: NodeJS.Platform = process.platform,
  uid: number | undefined = process.getuid?.()
): string | null {
  if (platform === 'win32') return null
  if (uid !== undefined && facts.uid !== uid) return `${WEB_ACCESS_FILE} belongs to another user`
  if ((facts.mode & 0o077) !== 0) {
    const mode = (facts.mode & 0o777).toString(8).padStart(3, '0')
    return `${WEB_ACCESS_FILE} could be read by other users (mode ${mode}, not 600)`
  }
  return null
}
