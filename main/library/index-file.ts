// The library index on disk: `library-index.json` in the data folder. It is a cache that makes a
// relaunch instant; a damaged one is set aside (never overwritten) and the library is rebuilt
// from the folders, with the same ids for unchanged files (ids come from content hashes).
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { parseSealed, sealedJson } from '../storage/sealed-json'
import { writeFileDurably } from '../storage/write-file-durably'
import type { LibraryFolder, LibraryIndexFile } from './library-types'

export const INDEX_FILE = 'library-index.json'
const INDEX_VERSION = 1
/** Kept apart from the index: the folders are the user's choice, the index only a cache of them. */
export const FOLDERS_FILE = 'library-folders.json'

const article = z.object({
  id: z.string(),
  folder: z.string(),
  path: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  hash: z.string(),
  previousHashes: z.array(z.string()),
  pathHistory: z.array(z.string()),
  title: z.string(),
  titleConfidence: z.number(),
  titleHow: z.string(),
  titleDerived: z.boolean(),
  outlet: z.string().nullable(),
  outletConfidence: z.number(),
  date: z.string().nullable(),
  dateConfidence: z.number(),
  year: z.number().nullable(),
  sourceUrl: z.string().nullable(),
  blockCount: z.number(),
  warnings: z.array(z.string())
})

const foldersSchema = z.object({
  version: z.literal(1),
  folders: z.array(z.object({ path: z.string(), bundled: z.boolean() }))
})

const indexSchema = z.object({
  version: z.literal(INDEX_VERSION),
  articles: z.array(article),
  unreadable: z.array(
    z.object({
      folder: z.string(),
      path: z.string(),
      reason: z.string(),
      size: z.number().optional(),
      mtimeMs: z.number().optional()
    })
  ),
  departed: z.array(article)
})

export interface IndexLoad {
  /** Null on first run (no folders file yet). */
  folders: LibraryFolder[] | null
  index: Omit<LibraryIndexFile, 'folders'> | null
  /** False when the index was checked field by field (written before the seal, or edited): save it again. */
  indexSealed: boolean
  notices: string[]
}

export async function loadIndex(dataDir: string, now = new Date()): Promise<IndexLoad> {
  const notices: string[] = []
  const folders = await loadChecked(join(dataDir, FOLDERS_FILE), foldersSchema, now, notices, 'list of library folders')
  const index = await loadChecked(join(dataDir, INDEX_FILE), indexSchema, now, notices, 'library index')
  return {
    folders: folders?.data.folders ?? null,
    index: (index?.data ?? null) as Omit<LibraryIndexFile, 'folders'> | null,
    indexSealed: index?.sealed ?? false,
    notices
  }
}

async function loadChecked<T>(
  path: string,
  schema: z.ZodType<T>,
  now: Date,
  notices: string[],
  what: string
): Promise<{ data: T; sealed: boolean } | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return null
    throw err
  }
  try {
    // As this app wrote it (sealed-json.ts): its version is all there is left to check.
    const { value, sealed } = parseSealed(bytes)
    if (sealed && (value as { version?: unknown }).version === INDEX_VERSION) return { data: value as T, sealed }
    return { data: schema.parse(value), sealed: false }
  } catch {
    const aside = `${path}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`
    await rename(path, aside)
    notices.push(`The ${what} was damaged; it was set aside as ${aside} and rebuilt.`)
    return null
  }
}

export async function saveIndex(dataDir: string, index: LibraryIndexFile): Promise<void> {
  const { folders, ...rest } = index
  // Indented and unsealed: a file a user may read, and may edit (it is checked whole when read).
  await writeFileDurably(join(dataDir, FOLDERS_FILE), JSON.stringify({ version: 1, folders }, null, 2))
  await writeFileDurably(join(dataDir, INDEX_FILE), sealedJson(rest))
}
