// "Annotations without an article": listed from the store and the library's memory of departed
// files; deleted in one undoable action, and only while their article is still gone.
import { ApiError } from '../../common/errors/api-error'
import type { AnnotationService } from '../annotations/annotation-service'
import { listOrphans, orphanAnnotations, type OrphanSources } from '../orphans/list-orphans'
import type { ApiHandlers } from './dispatch'

export function orphanHandlers(
  sources: OrphanSources | undefined,
  annotations: Pick<AnnotationService, 'runImport'>
): Pick<ApiHandlers, 'listOrphans' | 'deleteOrphans'> {
  const ready = () => {
    if (sources) return sources
    throw new ApiError('failed', 'Annotations without an article are not available in this host.')
  }
  return {
    listOrphans: () => (sources ? listOrphans(sources) : []),
    deleteOrphans: async ({ articleId, ids }) => {
      const from = ready()
      if (from.library.has(articleId))
        throw new ApiError('refused', 'That article is back in the library: delete its annotations in the reader.')
      const wanted = ids && new Set(ids)
      const doomed = (await orphanAnnotations(from, articleId)).filter(
        (annotation) => !wanted || wanted.has(annotation.id)
      )
      if (doomed.length === 0) throw new ApiError('not-found', 'Those annotations are no longer there.')
      const label =
        doomed.length === 1
          ? 'delete annotation without an article'
          : `delete ${doomed.length} annotations without an article`
      await annotations.runImport(label, { articleIds: [articleId], annotationIds: [] }, (tx) => {
        for (const annotation of doomed) tx.deleteAnnotation(annotation.id)
      })
      return { deleted: doomed.length }
    }
  }
}
