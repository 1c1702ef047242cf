// What a restore point holds, read from its own files and never loaded into the live store: the
// summary comes from its manifest alone (the per-article counts it keeps), and before a restore
// every file is checked, so that a damaged point is refused before anything is changed.
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { parseStoreFile } from './read-store-file'
import { isStoreFile } from './restore-points'
import { MANIFEST } from './store-layout'
import { STORE_VERSION, manifestSchema, shardSchema, type Manifest } from './store-schemas'

export interface PointSummary {
  annotations: number
  tags: number
  memos: number
  links: number
}

export type PointReading = { ok: true; summary: PointSummary } | { ok: false; problem: string }

async function readManifest(folder: string): Promise<{ ok: true; data: Manifest } | { ok: false; problem: string }> {
  const bytes = await readFile(join(folder, MANIFEST)).catch(() => null)
  if (bytes === null) return { ok: false, problem: `its ${MANIFEST} is missing` }
  const parsed = parseStoreFile(bytes, manifestSchema, STORE_VERSION)
  return parsed.ok ? parsed : { ok: false, problem: `its ${MANIFEST} cannot be read: ${parsed.problem}` }
}

const summaryOf = (manifest: Manifest): PointSummary => ({
  annotations: Object.values(manifest.counts).reduce(
    (sum, articles) => sum + Object.values(articles).reduce((a, b) => a + b, 0),
    0
  ),
  tags: manifest.tags.length,
  memos: manifest.memos?.length ?? 0,
  links: manifest.links?.length ?? 0
})

/** The point's summary from its manifest (quick: for the list). */
export async function summarizePoint(folder: string): Promise<PointReading> {
  const manifest = await readManifest(folder)
  return manifest.ok ? { ok: true, summary: summaryOf(manifest.data) } : manifest
}

/** Every file of the point parsed and checked (before a restore); the summary counted from the shards. */
export async function checkPoint(folder: string): Promise<PointReading> {
  const manifest = await readManifest(folder)
  if (!manifest.ok) return manifest
  let annotations = 0
  for (const name of (await readdir(folder)).filter((file) => isStoreFile(file) && file !== MANIFEST)) {
    const parsed = parseStoreFile(await readFile(join(folder, name)), shardSchema, STORE_VERSION)
    if (!parsed.ok) return { ok: false, problem: `its ${name} cannot be read: ${parsed.problem}` }
    annotations += parsed.data.annotations.length
  }
  return { ok: true, summary: { ...summaryOf(manifest.data), annotations } }
}
