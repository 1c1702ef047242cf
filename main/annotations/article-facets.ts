// Per article, what the library shows of its annotations: how many, which colours and tags (its
// badge and its filters). Every article's are kept in memory, taken from the store's manifest once
// (every shard is read only for a manifest written before it kept them), then updated from each
// applied diff: no change scans every shard.
import type { ArticleAnnotationFacts } from '../../common/api/change-events'
import type { ArticleFacets } from '../../common/model/search-types'
import type { AnnotationStore } from '../store/annotation-store'
import type { Annotation } from '../../common/model/annotation-types'

export function factsOf(annotations: Iterable<Annotation>): ArticleAnnotationFacts {
  const colors = new Set<string>()
  const tags = new Set<string>()
  let count = 0
  for (const annotation of annotations) {
    count += 1
    colors.add(annotation.color)
    for (const tag of annotation.tags) tags.add(tag)
  }
  return { count, colors: [...colors], tags: [...tags] }
}

export class ArticleFacetIndex {
  /** Null until first asked for. */
  private byArticle: Map<string, { colors: string[]; tags: string[] }> | null = null

  constructor(private readonly store: AnnotationStore) {}

  async all(): Promise<ArticleFacets> {
    this.byArticle ??= this.store.facetsByArticle()
    if (!this.byArticle) {
      await this.store.ensureAll()
      // Read and kept in one synchronous step, so a change cannot fall between the two.
      this.byArticle ??= this.build()
    }
    return Object.fromEntries(this.byArticle)
  }

  /** The store's files were replaced: read again from its manifest when next asked. */
  forgetAll(): void {
    this.byArticle = null
  }

  /** After a change to these articles (their shards are loaded): their new facts, also kept. */
  update(articleIds: Iterable<string>): Record<string, ArticleAnnotationFacts> {
    const facts: Record<string, ArticleAnnotationFacts> = {}
    for (const id of articleIds) {
      const fact = factsOf(this.store.annotationsOf(id))
      facts[id] = fact
      if (fact.count === 0) this.byArticle?.delete(id)
      else this.byArticle?.set(id, { colors: fact.colors, tags: fact.tags })
    }
    return facts
  }

  private build(): Map<string, { colors: string[]; tags: string[] }> {
    const grouped = new Map<string, Annotation[]>()
    for (const annotation of this.store.loaded()) {
      const list = grouped.get(annotation.articleId)
      if (list) list.push(annotation)
      else grouped.set(annotation.articleId, [annotation])
    }
    return new Map(
      [...grouped].map(([id, annotations]) => {
        const { colors, tags } = factsOf(annotations)
        return [id, { colors, tags }]
      })
    )
  }
}
