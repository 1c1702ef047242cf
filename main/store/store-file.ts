// Reading the single-file store of versions 1 and 2 (before sharding), for migration.
import { storeSchema, type StoreData } from './store-schemas'
import { migrate } from './migrations'

type Reading =
  { ok: true; data: StoreData; migratedFrom: number | null } | { ok: false; newer?: number; problem: string }

/** Parses, migrates up to version 2 and validates one single-file store's text. */
export function readStoreText(text: string): Reading {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, problem: text.trim() === '' ? 'it is empty' : 'it is not valid JSON (truncated or damaged)' }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, problem: 'it is not an annotation store' }
  const migrated = migrate(json as Record<string, unknown>)
  if (!migrated.ok)
    return { ok: false, problem: `its version (${String(migrated.version)}) is not one this Crossread can upgrade` }
  const parsed = storeSchema.safeParse(migrated.data)
  if (!parsed.success)
    return {
      ok: false,
      problem: `it does not have the store's shape (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`
    }
  return { ok: true, data: parsed.data, migratedFrom: migrated.from < parsed.data.version ? migrated.from : null }
}
