// Where the annotation store lives on disk. It is sharded by article: a save rewrites only the
// shards that changed (a few hundred KB) instead of every annotation (about 90 MB at 100,000
// annotations), and a launch reads only the manifest; an article's shard is read when opened.
import { createHash } from 'node:crypto'
import { join } from 'node:path'

export const STORE_DIR = 'annotations'
export const MANIFEST = 'manifest.json'
/** The single-file store of versions 1 and 2, migrated into shards on first load. */
export const LEGACY_FILE = 'annotations.json'

/** 256 shards: at 10,000 articles about 40 articles and 400 annotations a shard. */
export function shardOf(articleId: string): string {
  return createHash('sha1').update(articleId).digest('hex').slice(0, 2)
}

export const shardFile = (shard: string) => `shard-${shard}.json`
export const storePath = (dataDir: string, name: string) => join(dataDir, STORE_DIR, name)

/** Annotation ids carry their shard, so an id alone finds its file. */
export const shardOfId = (id: string): string | null =>
  /^n([0-9a-f]{2})[0-9a-f]{14}$/.test(id) ? id.slice(1, 3) : null
