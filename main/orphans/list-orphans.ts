// Which annotations have no article in the library, grouped by the article they were made on, with
// the file it was last seen in. Counts come from the store's manifest, so a library without
// orphans answers without reading a shard.
import type { Annotation } from '../../common/model/annotation-types'
import type { OrphanGroup } from '../../common/model/orphans'
import type { AnnotationStore } from '../store/annotation-store'
import type { Library } from '../library/library'

export interface OrphanSources {
  store: Pick<AnnotationStore, 'countsByArticle' | 'ensureArticle' | 'annotationsOf' | 'tags'>
  library: Pick<Library, 'has' | 'departedSource'>
}

/** Ids of articles with annotations that are not in the library. */
export function orphanedArticleIds(sources: OrphanSources): string[] {
  const ids: string[] = []
  for (const [id, count] of sources.store.countsByArticle()) if (count > 0 && !sources.library.has(id)) ids.push(id)
  return ids
}

/** The orphaned annotations of each such article; the most recently edited group first. */
export async function listOrphans(sources: OrphanSources): Promise<OrphanGroup[]> {
  const groups: OrphanGroup[] = []
  for (const articleId of orphanedArticleIds(sources)) {
    const annotations = await orphanAnnotations(sources, articleId)
    if (annotations.length === 0) continue
    groups.push({
      articleId,
      source: sources.library.departedSource(articleId),
      annotations: annotations.map((annotation) => ({
        id: annotation.id,
        quote: annotation.target.quote.exact,
        note: annotation.note,
        tags: annotation.tags.map((id) => sources.store.tags.get(id)?.name ?? id),
        color: annotation.color,
        modified: annotation.modified
      }))
    })
  }
  const latest = (group: OrphanGroup) =>
    group.annotations.reduce((last, annotation) => (annotation.modified > last ? annotation.modified : last), '')
  return groups.sort((a, b) => latest(b).localeCompare(latest(a)))
}

/** One orphaned article's annotations, in the order of the text they were made on. */
export async function orphanAnnotations(sources: OrphanSources, articleId: string): Promise<Annotation[]> {
  await sources.store.ensureArticle(articleId)
  return sources.store
    .annotationsOf(articleId)
    .sort((a, b) => a.target.position.start - b.target.position.start || a.created.localeCompare(b.created))
}
