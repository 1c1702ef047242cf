// How many annotations each article and each tag has, and which colours and tags each article's
// annotations use (the library's filters), kept per shard. The manifest caches these so that a
// launch can show every count and filter without reading a shard; a shard, once read, recounts its
// own and corrects the cache.
import type { Annotation } from '../../common/model/annotation-types'
import type { Manifest } from './store-schemas'

type Counts = Map<string, number>
export interface Facet {
  colors: string[]
  tags: string[]
}
/** Article id → `colours|tags`, each comma-separated (the manifest's form, kept as it is). */
type Facets = Map<string, string>

const encodeFacet = (colors: Iterable<string>, tags: Iterable<string>) =>
  `${[...colors].join(',')}|${[...tags].join(',')}`
const listOf = (text: string | undefined) => (text ? text.split(',') : [])
function decodeFacet(encoded: string): Facet {
  const [colors, tags] = encoded.split('|')
  return { colors: listOf(colors), tags: listOf(tags) }
}

export class ShardCounts {
  private readonly articles = new Map<string, Counts>()
  private readonly tags = new Map<string, Counts>()
  /** Absent for a shard whose manifest came from a version that did not record them. */
  private readonly facets = new Map<string, Facets>()

  constructor(manifest: Manifest | null) {
    for (const [shard, counts] of Object.entries(manifest?.counts ?? {}))
      this.articles.set(shard, new Map(Object.entries(counts)))
    for (const [shard, counts] of Object.entries(manifest?.tagUsage ?? {}))
      this.tags.set(shard, new Map(Object.entries(counts)))
    for (const [shard, facets] of Object.entries(manifest?.facets ?? {}))
      this.facets.set(shard, new Map(Object.entries(facets)))
  }

  /** Recounts one shard from its annotations; true if its article counts changed. */
  recount(shard: string, annotations: Iterable<Annotation>): boolean {
    const articles: Counts = new Map()
    const tags: Counts = new Map()
    const used = new Map<string, { colors: Set<string>; tags: Set<string> }>()
    for (const annotation of annotations) {
      articles.set(annotation.articleId, (articles.get(annotation.articleId) ?? 0) + 1)
      for (const tag of annotation.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1)
      let facet = used.get(annotation.articleId)
      if (!facet) used.set(annotation.articleId, (facet = { colors: new Set(), tags: new Set() }))
      facet.colors.add(annotation.color)
      for (const tag of annotation.tags) facet.tags.add(tag)
    }
    const facets: Facets = new Map([...used].map(([id, facet]) => [id, encodeFacet(facet.colors, facet.tags)]))
    const changed =
      JSON.stringify([...(this.articles.get(shard) ?? [])]) !== JSON.stringify([...articles]) ||
      JSON.stringify([...(this.facets.get(shard) ?? [])]) !== JSON.stringify([...facets])
    this.articles.set(shard, articles)
    this.tags.set(shard, tags)
    this.facets.set(shard, facets)
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

  /**
   * Each annotated article's colours and tags, from the manifest and the shards read since; null
   * when a shard with annotations has none recorded (a manifest from before they were kept).
   */
  facetsByArticle(): Map<string, Facet> | null {
    const all = new Map<string, Facet>()
    for (const [shard, counts] of this.articles) {
      const facets = this.facets.get(shard)
      if (!facets && counts.size > 0) return null
      for (const [id, facet] of facets ?? []) all.set(id, decodeFacet(facet))
    }
    return all
  }

  /** The manifest's `counts`, `tagUsage` and `facets`. */
  toManifest(): Pick<Manifest, 'counts' | 'tagUsage' | 'facets'> {
    const record = <T>(source: Map<string, Map<string, T>>) =>
      Object.fromEntries(
        [...source]
          .filter(([, entries]) => entries.size > 0)
          .map(([shard, entries]) => [shard, Object.fromEntries(entries)])
      )
    return { counts: record(this.articles), tagUsage: record(this.tags), facets: record(this.facets) }
  }
}
