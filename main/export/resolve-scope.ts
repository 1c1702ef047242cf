// Which articles an export covers and which of their highlights it keeps: a list of articles,
// a tag (with the tags under it), a theme (confirmed, or detected and not rejected), or all the
// user's work (every article with a highlight, a memo, a link end or a theme verdict).
import { ApiError } from '../../common/errors/api-error'
import type { AnnotationView, Tag } from '../../common/model/annotation-types'
import type { ArticleSummary } from '../../common/model/article-types'
import type { ExportScope } from '../../common/model/export'
import type { ThemeDecision } from '../../common/model/theme-decision'
import type { ExportSources } from './export-sources'
import type { ExportThemeLabel } from './export-model'

export interface ResolvedScope {
  summaries: ArticleSummary[]
  keepHighlight: (view: AnnotationView) => boolean
  /** False for a tag: an article none of whose highlights carries it is left out. */
  keepEmpty: boolean
  label: string
}

export async function resolveScope(
  sources: ExportSources,
  scope: ExportScope,
  known: { tags: Tag[]; themes: ExportThemeLabel[]; decisions: ThemeDecision[] }
): Promise<ResolvedScope> {
  const library = sources.list()
  const keepAll = () => true
  if (scope.kind === 'articles') {
    const byId = new Map(library.map((summary) => [summary.id, summary]))
    const summaries = scope.articleIds.flatMap((id) => byId.get(id) ?? [])
    if (summaries.length === 0) throw new ApiError('not-found', 'None of those articles is in the library.')
    const label = summaries.length === 1 ? `Article “${summaries[0]?.title ?? ''}”` : `${summaries.length} articles`
    return { summaries, keepHighlight: keepAll, keepEmpty: true, label }
  }
  if (scope.kind === 'tag') {
    const tag = known.tags.find((candidate) => candidate.id === scope.tagId)
    if (!tag) throw new ApiError('not-found', 'That tag is no longer in the codebook.')
    const wanted = withDescendants(tag.id, known.tags)
    return {
      summaries: library.filter((summary) => summary.annotationCount > 0),
      keepHighlight: (view) => view.tags.some((id) => wanted.has(id)),
      keepEmpty: false,
      label: `Tag “${tag.name}”`
    }
  }
  if (scope.kind === 'theme') {
    const theme = known.themes.find((candidate) => candidate.id === scope.themeId)
    if (!theme) throw new ApiError('not-found', 'That theme is not in the ontology.')
    const verdicts = new Map(
      known.decisions.filter((d) => d.themeId === theme.id).map((d) => [d.articleId, d.verdict] as const)
    )
    const carriers = await sources.themeCarriers(theme.id)
    const ids = new Set(carriers.filter((carrier) => carrier.detected).map((carrier) => carrier.id))
    for (const [articleId, verdict] of verdicts) {
      if (verdict === 'confirmed') ids.add(articleId)
      else ids.delete(articleId)
    }
    return {
      summaries: library.filter((summary) => ids.has(summary.id)),
      keepHighlight: keepAll,
      keepEmpty: true,
      label: `Theme “${theme.label.en}”`
    }
  }
  const worked = new Set<string>([
    ...sources.memos().map((memo) => memo.articleId),
    ...known.decisions.map((decision) => decision.articleId),
    ...sources.links().flatMap((link) => link.ends.map((end) => end.articleId))
  ])
  return {
    summaries: library.filter((summary) => summary.annotationCount > 0 || worked.has(summary.id)),
    keepHighlight: keepAll,
    keepEmpty: true,
    label: 'Everything annotated'
  }
}

function withDescendants(id: string, tags: Tag[]): Set<string> {
  const wanted = new Set([id])
  for (let grew = true; grew;) {
    grew = false
    for (const tag of tags)
      if (tag.parentId && wanted.has(tag.parentId) && !wanted.has(tag.id)) {
        wanted.add(tag.id)
        grew = true
      }
  }
  return wanted
}
