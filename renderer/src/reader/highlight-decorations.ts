// What each annotation looks like as a decoration, and how a DecorationSet follows a new list:
// only the highlights whose range or classes differ are removed and added, so one new highlight
// among 1,000 costs one paragraph's worth of work in the set and in the view, not the article's.
import type { Node } from 'prosemirror-model'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { AnnotationView } from '../../../main/annotations/annotation-types'
import { blockSpans, offsetToPos } from './text-positions'

/** A highlight's spec: the annotation id (for annotationsAt) and its classes (for the diff). */
export interface HighlightSpec {
  id: string
  classes: string
}

/** Shown highlights by annotation id, with positions in the current document. */
export type Shown = Map<string, Decoration>

/** The decoration each annotation should have now (orphans and empty ranges have none). */
export function wantedHighlights(doc: Node, annotations: AnnotationView[], tagClasses: Map<string, string>, active: string | null): Shown {
  const spans = blockSpans(doc)
  const wanted: Shown = new Map()
  for (const annotation of annotations) {
    if (annotation.anchor.status === 'orphan') continue
    const from = offsetToPos(spans, annotation.anchor.start)
    const to = offsetToPos(spans, annotation.anchor.end)
    if (to <= from) continue
    const classes = ['hl', `hl-${annotation.color}`, `ann-${annotation.id}`]
    if (annotation.id === active) classes.push('hl-active')
    if (annotation.note) classes.push('hl-noted')
    const tagClass = annotation.tags.map((id) => tagClasses.get(id)).find(Boolean)
    if (tagClass) classes.push('hl-tagged', tagClass)
    const spec: HighlightSpec = { id: annotation.id, classes: classes.join(' ') }
    wanted.set(annotation.id, Decoration.inline(from, to, { class: spec.classes }, spec))
  }
  return wanted
}

const same = (a: Decoration, b: Decoration) =>
  a.from === b.from && a.to === b.to && (a.spec as HighlightSpec).classes === (b.spec as HighlightSpec).classes

/**
 * The set changed from `shown` to `wanted`. Unchanged highlights keep their place in the set, so
 * the view skips every paragraph they sit in; with nothing changed, `set` itself comes back.
 */
export function followHighlights(doc: Node, set: DecorationSet, shown: Shown, wanted: Shown): { set: DecorationSet; shown: Shown } {
  const removed: Decoration[] = []
  const added: Decoration[] = []
  for (const [id, decoration] of shown) {
    const next = wanted.get(id)
    if (!next || !same(decoration, next)) removed.push(decoration)
  }
  const next: Shown = new Map()
  for (const [id, decoration] of wanted) {
    const previous = shown.get(id)
    if (previous && same(previous, decoration)) next.set(id, previous)
    else {
      next.set(id, decoration)
      added.push(decoration)
    }
  }
  if (removed.length === 0 && added.length === 0) return { set, shown }
  // Most of the list replaced (another article's annotations): building afresh is cheaper.
  if (removed.length > shown.size / 2) return { set: DecorationSet.create(doc, [...next.values()]), shown: next }
  return { set: set.remove(removed).add(doc, added), shown: next }
}

/** The shown highlights read back from a set, after a change to the document moved them. */
export function shownIn(set: DecorationSet): Shown {
  return new Map(set.find().map((decoration) => [(decoration.spec as HighlightSpec).id, decoration]))
}
