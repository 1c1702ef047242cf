// From an applied annotation diff to the change events the renderer needs: which articles'
// annotations changed (with their new badge count and filters), which codebook entries, the
// usage counts of the tags whose count moved, and which articles' theme decisions changed.
// Nothing here reads a shard.
import type { AppliedChanges } from '../annotations/undoable-actions'
import type { ChangeEvent } from '../../common/api/change-events'
import { memoEvent } from '../memos/memo-events'

export function annotationEvents(applied: AppliedChanges, tagUsage: () => Record<string, number>): ChangeEvent[] {
  const events: ChangeEvent[] = []
  if (Object.keys(applied.articles).length > 0) events.push({ kind: 'annotations', articles: applied.articles })
  const tags = applied.changes.filter((change) => change.kind === 'tag')
  if (tags.length > 0) {
    const changed = tags.filter((change) => change.after !== null).map((change) => change.id)
    events.push({
      kind: 'codebook',
      changed,
      removed: tags.filter((change) => change.after === null).map((change) => change.id)
    })
  }
  const decided = applied.changes.flatMap((change) =>
    change.kind === 'themeDecision' ? [change.after ?? change.before].filter((value) => value !== null) : []
  )
  if (decided.length > 0) {
    const articles = [...new Set(decided.map((decision) => decision.articleId))]
    events.push({
      kind: 'theme-decisions',
      articles,
      themes: [...new Set(decided.map((decision) => decision.themeId))]
    })
  }
  const linked = applied.changes.flatMap((change) =>
    change.kind === 'link' ? [change.before, change.after].flatMap((link) => link?.ends ?? []) : []
  )
  if (linked.length > 0) events.push({ kind: 'links', articles: [...new Set(linked.map((end) => end.articleId))] })
  events.push(...memoEvent(applied.changes))
  const moved = new Set<string>()
  for (const change of applied.changes) {
    if (change.kind === 'tag') {
      if (change.after === null) moved.add(change.id)
      continue
    }
    if (change.kind !== 'annotation') continue
    const before = new Set(change.before?.tags)
    const after = new Set(change.after?.tags)
    for (const tag of before) if (!after.has(tag)) moved.add(tag)
    for (const tag of after) if (!before.has(tag)) moved.add(tag)
  }
  if (moved.size > 0) {
    const usage = tagUsage()
    events.push({ kind: 'tag-usage', counts: Object.fromEntries([...moved].map((tag) => [tag, usage[tag] ?? 0])) })
  }
  return events
}
