// From an applied diff to the renderer's memo event: each article whose memo changed, with its
// new first line (null: it has none now), so the library's marks are patched without a refetch.
import type { ChangeEvent } from '../../common/api/change-events'
import { memoFirstLine } from '../../common/model/memo'
import type { EntityChange } from '../annotations/history'

export function memoEvent(changes: readonly EntityChange[]): ChangeEvent[] {
  const articles: Record<string, string | null> = {}
  let named = false
  for (const change of changes) {
    if (change.kind !== 'memo') continue
    articles[change.id] = change.after ? memoFirstLine(change.after.text) : null
    named = true
  }
  return named ? [{ kind: 'memos', articles }] : []
}
