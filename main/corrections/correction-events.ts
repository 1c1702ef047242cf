// From an applied diff to the renderer's news of corrected headers: the articles whose correction
// changed (set, cleared, undone) are library entries that changed, so the list patches them (by
// id, as after an edit of their file), the reader's header follows and the search index re-reads them.
import type { ChangeEvent } from '../../common/api/change-events'
import type { EntityChange } from '../annotations/history'

export function correctionEvents(changes: readonly EntityChange[]): ChangeEvent[] {
  const changed = [...new Set(changes.flatMap((change) => (change.kind === 'correction' ? [change.id] : [])))]
  return changed.length > 0 ? [{ kind: 'library', added: [], changed, removed: [] }] : []
}
