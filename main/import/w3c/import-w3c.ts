// Imports W3C Web Annotation JSON-LD (ours, or another tool's such as Hypothesis') into the store:
// the file is read and checked whole first (a bad file is refused and changes nothing), each
// passage's article found and the passage placed, then everything is written in one undoable
// action, so one Undo takes the import back. Ids merge: importing a file twice doubles nothing.
import type { ImportSummary } from '../../../common/model/export'
import type { AnnotationService } from '../../annotations/annotation-service'
import { applyImport } from './apply-import'
import { ArticleFinder, type LibraryReader } from './match-article'
import { planImport } from './plan-import'
import { readW3cFile } from './read-w3c'

export interface W3cImportDeps extends LibraryReader {
  annotations: AnnotationService
  now?: () => Date
}

export const IMPORT_LABEL = 'import annotations'

/** `json` is the parsed file (or its text); throws ApiError('invalid-input') for a file it cannot read. */
export async function importW3cAnnotations(json: unknown, deps: W3cImportDeps): Promise<ImportSummary> {
  const items = readW3cFile(json)
  const plan = await planImport(items, new ArticleFinder(deps))
  const touches = {
    articleIds: plan.flatMap((planned) => (planned.kind === 'highlight' ? [planned.articleId] : [])),
    annotationIds: plan.flatMap((planned) => (planned.kind === 'highlight' ? [planned.id] : []))
  }
  const context = { now: (deps.now?.() ?? new Date()).toISOString(), userName: deps.annotations.user }
  const summary = await deps.annotations.runImport(IMPORT_LABEL, touches, (tx) => applyImport(tx, plan, context))
  return { format: 'w3c', ...summary }
}
