// Highlights shown before main confirms them, merged with the article's list from main. Main's
// change event can refetch the list before the create call itself answers, so a pending highlight
// steps aside as soon as the list holds a new annotation on the same range: never two cards for one.
import type { AnnotationView } from '../../../common/model/annotation-types'

export interface Pending {
  view: AnnotationView
  /** The id main gave it, once its create call answered. */
  createdId: string | null
  /** Ids the article's list held when it was shown: any other id on its range is its confirmed self. */
  knownIds: ReadonlySet<string>
}

export function withPending(loaded: AnnotationView[], pending: Pending[], articleId: string | null): AnnotationView[] {
  const mine = pending.filter((entry) => entry.view.articleId === articleId && !confirmed(entry, loaded))
  return mine.length === 0 ? loaded : [...loaded, ...mine.map(({ view }) => view)]
}

/** Whether the list already shows this pending highlight as main's own annotation. */
export function confirmed(entry: Pending, loaded: AnnotationView[]): boolean {
  if (entry.createdId !== null) return loaded.some((a) => a.id === entry.createdId)
  const { start, end } = entry.view.target.position
  return loaded.some(
    (a) =>
      !entry.knownIds.has(a.id) &&
      a.articleId === entry.view.articleId &&
      a.target.position.start === start &&
      a.target.position.end === end
  )
}
