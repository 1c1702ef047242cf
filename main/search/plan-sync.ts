// Which documents each shard must index or drop to match the library: only what changed, so a
// relaunch or a watcher event re-reads a handful of files, not the corpus. A document stays in the
// shard that holds it; one that no shard holds goes to whichever worker is free first (the engine
// hands them out batch by batch), so a core slowed by other work takes a smaller share.

export interface SearchableArticle {
  id: string
  /** Content hash: the document is re-indexed when it changes. */
  hash: string
  /** Absolute path of the article file. */
  file: string
  /** Absolute path of its library folder: the file is read only if it really lies inside it. */
  folder: string
  /** The user's corrections of the header, indexed instead of the parser's (main/corrections). */
  header?: CorrectedHeader
}

/** Each field the user corrected, or null where the parser's reading stands. */
export interface CorrectedHeader {
  title: string | null
  outlet: string | null
  date: string | null
}

export interface ShardPlan {
  index: SearchableArticle[]
  remove: string[]
}

/** FNV-1a: a stable, even spread of ids over shards (the notes index's, by annotation id). */
export function shardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % shards
}

export interface SyncPlan {
  /** By shard: its documents whose content changed (indexed again where they are), and those to drop. */
  shards: ShardPlan[]
  /** The documents no shard holds yet: indexed by whichever worker asks first. */
  unplaced: SearchableArticle[]
}

/** `known[s]` maps the ids shard s holds to the hash it indexed. A document two shards hold (an
 * index saved by an older version, or cut short) stays in the first and is dropped from the rest. */
export function planSync(
  articles: readonly SearchableArticle[],
  known: ReadonlyArray<ReadonlyMap<string, string>>
): SyncPlan {
  const shards: ShardPlan[] = known.map(() => ({ index: [], remove: [] }))
  const unplaced: SearchableArticle[] = []
  const kept = known.map(() => new Set<string>())
  for (const article of articles) {
    const shard = known.findIndex((ids) => ids.has(article.id))
    if (shard < 0) {
      unplaced.push(article)
      continue
    }
    kept[shard]?.add(article.id)
    if (known[shard]?.get(article.id) !== article.hash) shards[shard]?.index.push(article)
  }
  known.forEach((ids, shard) => {
    for (const id of ids.keys()) if (!kept[shard]?.has(id)) shards[shard]?.remove.push(id)
  })
  return { shards, unplaced }
}
