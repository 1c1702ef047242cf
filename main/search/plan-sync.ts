// Which documents each shard must index or drop to match the library: only what changed, so a
// relaunch or a watcher event re-reads a handful of files, not the corpus.

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

/** FNV-1a: a stable, even spread of ids over shards (the assignment must survive relaunches). */
export function shardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % shards
}

/** `known[s]` maps the ids shard s holds to the hash it indexed. */
export function planSync(
  articles: readonly SearchableArticle[],
  known: ReadonlyArray<ReadonlyMap<string, string>>
): ShardPlan[] {
  const plans: ShardPlan[] = known.map(() => ({ index: [], remove: [] }))
  const wanted = known.map(() => new Set<string>())
  for (const article of articles) {
    const shard = shardOf(article.id, known.length)
    wanted[shard]?.add(article.id)
    if (known[shard]?.get(article.id) !== article.hash) plans[shard]?.index.push(article)
  }
  known.forEach((ids, shard) => {
    for (const id of ids.keys()) if (!wanted[shard]?.has(id)) plans[shard]?.remove.push(id)
  })
  return plans
}
