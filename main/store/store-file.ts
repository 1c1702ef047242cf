// Loading the annotation store without ever losing work: a file that fails to parse, to migrate
// or to validate is moved aside under a new name (never overwritten, never deleted) and the newest
// valid backup is loaded instead; a file from a newer Crossread is refused untouched.
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { storeSchema, emptyStore, type StoreData } from '../annotations/annotation-types'
import { listBackups } from './backups'
import { migrate } from './migrations'

export const STORE_FILE = 'annotations.json'

export type LoadOutcome =
  | { kind: 'loaded'; data: StoreData; notices: string[]; fresh: boolean }
  | { kind: 'refused'; message: string }

type Reading = { ok: true; data: StoreData; migratedFrom: number | null } | { ok: false; newer?: number; problem: string }

/** Parses, migrates and validates one store file's text. */
export function readStoreText(text: string): Reading {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, problem: text.trim() === '' ? 'it is empty' : 'it is not valid JSON (truncated or damaged)' }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, problem: 'it is not an annotation store' }
  const migrated = migrate(json as Record<string, unknown>)
  if (!migrated.ok) {
    if (migrated.reason === 'newer') return { ok: false, newer: migrated.version as number, problem: 'it comes from a newer Crossread' }
    return { ok: false, problem: `its version (${String(migrated.version)}) is unknown` }
  }
  const parsed = storeSchema.safeParse(migrated.data)
  if (!parsed.success) return { ok: false, problem: `it does not have the store's shape (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})` }
  return { ok: true, data: parsed.data, migratedFrom: migrated.from < parsed.data.version ? migrated.from : null }
}

export async function loadStore(dataDir: string, now = new Date()): Promise<LoadOutcome> {
  const path = join(dataDir, STORE_FILE)
  let text: string | null
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw err
    text = null
  }
  const notices: string[] = []
  if (text !== null) {
    const reading = readStoreText(text)
    if (reading.ok) {
      if (reading.migratedFrom !== null) notices.push(`Your annotations were upgraded from store version ${reading.migratedFrom} to ${reading.data.version}.`)
      return { kind: 'loaded', data: reading.data, notices, fresh: false }
    }
    if (reading.newer !== undefined) {
      return {
        kind: 'refused',
        message: `The annotation store was written by a newer Crossread (store version ${reading.newer}); this version cannot read it and has not changed it. Annotations are unavailable until you use the newer version.`
      }
    }
    const aside = `${path}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`
    await rename(path, aside)
    notices.push(`The annotation store could not be read (${reading.problem}). It was kept as ${aside}.`)
  }
  for (const backup of (await listBackups(dataDir)).reverse()) {
    const reading = readStoreText(await readFile(backup.path, 'utf8').catch(() => ''))
    if (!reading.ok) continue
    const what = text === null ? 'The annotation store was missing' : 'Your annotations were recovered'
    notices.push(`${what}: restored from the backup of ${backup.takenAt.toLocaleString()} (${reading.data.annotations.length} annotations).`)
    return { kind: 'loaded', data: reading.data, notices, fresh: false }
  }
  if (text !== null) notices.push('No valid backup was found, so the store starts empty; the damaged file is kept as named above.')
  return { kind: 'loaded', data: emptyStore(), notices, fresh: text === null }
}
