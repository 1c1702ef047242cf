// Reading one file of the store without ever losing work: a file that fails to parse or validate
// is moved aside under a new name (never overwritten, never deleted) and the newest valid backup
// of that file is used instead, and the user is told which, and from when.
import { readFile, rename } from 'node:fs/promises'
import { basename } from 'node:path'
import type { z } from 'zod'
import { listBackups } from './backups'
import { parseSealed, type SealedReading } from '../storage/sealed-json'
import { MANIFEST, storePath } from './store-layout'
import { STORE_VERSION, manifestSchema, type Manifest } from './store-schemas'

export type FileReading<T> = { data: T | null; notices: string[]; newer?: number }

export async function readStoreFile<T>(
  path: string,
  schema: z.ZodType<T>,
  dataDir: string,
  version: number,
  now = new Date()
): Promise<FileReading<T>> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return { data: null, notices: [] }
    throw err
  }
  const first = parseStoreFile(bytes, schema, version)
  if (first.ok) return { data: first.data, notices: [] }
  if (first.newer !== undefined) return { data: null, notices: [], newer: first.newer }
  const aside = `${path}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`
  await rename(path, aside)
  const notices = [
    `The annotation file ${basename(path)} could not be read (${first.problem}). It was kept as ${aside}.`
  ]
  for (const backup of (await listBackups(dataDir, basename(path))).reverse()) {
    const reading = parseStoreFile(await readFile(backup.path).catch(() => ''), schema, version)
    if (!reading.ok) continue
    notices.push(`Recovered ${basename(path)} from its backup of ${backup.takenAt.toLocaleString()}.`)
    return { data: reading.data, notices }
  }
  notices.push(
    `No valid backup of ${basename(path)} was found: its annotations are missing until the damaged file is repaired.`
  )
  return { data: null, notices }
}

type Parsed<T> = { ok: true; data: T } | { ok: false; problem: string; newer?: number }

/** Parses and validates one store file's text (a shard or the manifest). */
/** The store's manifest, as a launch reads it (a damaged one set aside, recovered from a backup). */
export function readManifest(dataDir: string, now: Date): Promise<FileReading<Manifest>> {
  return readStoreFile<Manifest>(storePath(dataDir, MANIFEST), manifestSchema, dataDir, STORE_VERSION, now)
}

export function parseStoreFile<T>(text: string | Uint8Array, schema: z.ZodType<T>, version: number): Parsed<T> {
  let reading: SealedReading
  try {
    reading = parseSealed(text)
  } catch {
    const empty = String(text).trim() === ''
    return { ok: false, problem: empty ? 'it is empty' : 'it is not valid JSON (truncated or damaged)' }
  }
  const { value: json, sealed } = reading
  const found = (json as { version?: unknown } | null)?.version
  if (typeof found === 'number' && found > version)
    return { ok: false, problem: 'it comes from a newer Crossread', newer: found }
  // Exactly as this app wrote it, from data it had checked (sealed-json.ts).
  if (sealed && found === version) return { ok: true, data: json as T }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      problem: `it does not have the expected shape (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`
    }
  }
  return { ok: true, data: parsed.data }
}
