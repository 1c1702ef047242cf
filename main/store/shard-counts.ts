// How many annotations each article and each tag has, kept per shard. The manifest caches these
// so that a launch can show every count without reading a shard; a shard, once read, recounts its
// own and corrects the cache.
import type { Annotation } from '../../common/model/annotation-types'
import type { Manifest } from './store-schemas'

type Counts = Map<string, number>

export class ShardCounts {
  private readonly articles = new Map<string, Counts>()
  private readonly tags = new Map<string, Counts>()

  constructor(manifest: Manifest | null) {
    for (const [shard, counts] of Object.entries(manifest?.counts ?? {})) this.articles.set(shard, new Map(Object.entries(counts)))
    for (const [shard, counts] of Object.entries(manifest?.tagUsage ?? {})) this.tags.set(shard, new Map(Object.entries(counts)))
  }

  /** Recounts one shard from its annotations; true if its article counts changed. */
  recount(shard: string, annotations: Iterable<Annotation>): boolean {
    const articles: Counts = new Map()
    const tags: Counts = new Map()
    for (const annotation of annotations) {
      articles.set(annotation.articleId, (articles.get(annotation.articleId) ?? 0) + 1)
      for (const tag of annotation.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1)
    }
    const changed = JSON.stringify([...(this.articles.get(shard) ?? [])]) !== JSON.stringify([...articles])
    this.articles.set(shard, articles)
    this.tags.set(shard, tags)
    return changed
  }

  forArticle(shard: string, articleId: string): number {
    return this.articles.get(shard)?.get(articleId) ?? 0
  }

  byArticle(): Map<string, number> {
    const all = new Map<string, number>()
    for (const counts of this.articles.values()) for (const [id, n] of counts) all.set(id, n)
    return all
  }

  byTag(): Record<string, number> {
    const all: Record<string, number> = {}
    for (const counts of this.tags.values()) for (const [id, n] of counts) all[id] = (all[id] ?? 0) + n
    return all
  }

  /** The manifest's `counts` and `tagUsage`. */
  toManifest(): Pick<Manifest, 'counts' | 'tagUsage'> {
    const record = (source: Map<string, Counts>) => Object.fromEntries([...source].filter(([, counts]) => counts.size > 0).map(([shard, counts]) => [shard, Object.fromEntries(counts)]))
    return { counts: record(this.articles), tagUsage: record(this.tags) }
  }
}
