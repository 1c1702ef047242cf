// What each annotation looks like as a decoration, and how a DecorationSet follows a new list:
// only the highlights whose range or classes differ are removed and added, so one new highlight
// among 1,000 costs one paragraph's worth of work in the set and in the view, not the article's.
// An unchanged highlight costs a class string and a comparison: no decoration is made for it.
import type { Node } from 'prosemirror-model'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { AnnotationView } from '../../../common/model/annotation-types'
// The app's instance, set up by i18n/i18n.ts (imported by main.tsx): plain i18next here keeps this
// module free of Vite's glob, so a test or a benchmark page can use it without the messages.
import i18next from 'i18next'
import { blockSpans, offsetToPos, type BlockSpan } from '../article-doc/text-positions'

/** A highlight's spec: the annotation id (for annotationsAt) and its classes (for the diff). */
export interface HighlightSpec {
  id: string
  classes: string
}

/** Shown highlights by annotation id, with positions in the current document. */
export type Shown = Map<string, Decoration>

/** What the highlights are drawn from; `active` is the selected annotation's id. */
export interface HighlightInput {
  annotations: AnnotationView[]
  tagClasses: Map<string, string>
  active: string | null
}

// The reader's document is replaced, never edited, so its block offsets are worth keeping.
const spansOf = new WeakMap<Node, BlockSpan[]>()
// The annotation object each shown highlight was last drawn or found unchanged for. A highlight
// mapped through an edit is a new decoration, so it is never taken for unchanged here.
const drawnFrom = new WeakMap<Decoration, AnnotationView>()

function classesOf(annotation: AnnotationView, { tagClasses, active }: HighlightInput): string {
  let classes = `hl hl-${annotation.color} ann-${annotation.id}`
  if (annotation.id === active) classes += ' hl-active'
  if (annotation.note) classes += ' hl-noted'
  const tagClass = annotation.tags.map((id) => tagClasses.get(id)).find(Boolean)
  if (tagClass) classes += ` hl-tagged ${tagClass}`
  return classes
}

/**
 * The set changed from `shown` to what `input` asks for (orphans and empty ranges get nothing).
 * Unchanged highlights keep their place in the set, so the view skips every paragraph they sit
 * in; with nothing changed, `set` itself comes back. `previous` is the input `shown` was drawn
 * from: with the same tag colours, an annotation object passed again, active neither then nor now,
 * keeps its highlight without a second look (this runs in the key press that adds a highlight).
 */
export function followHighlights(
  doc: Node,
  set: DecorationSet,
  shown: Shown,
  input: HighlightInput,
  previous: Omit<HighlightInput, 'annotations'> | null = null
): { set: DecorationSet; shown: Shown } {
  let spans = spansOf.get(doc)
  if (!spans) spansOf.set(doc, (spans = blockSpans(doc)))
  const next: Shown = new Map()
  const added: Decoration[] = []
  const sameLook = previous !== null && previous.tagClasses === input.tagClasses
  for (const annotation of input.annotations) {
    const { id } = annotation
    const drawn = sameLook ? shown.get(id) : undefined
    if (drawn && drawnFrom.get(drawn) === annotation && id !== input.active && id !== previous?.active) {
      next.set(id, drawn)
      continue
    }
    if (annotation.anchor.status === 'orphan') continue
    const from = offsetToPos(spans, annotation.anchor.start)
    const to = offsetToPos(spans, annotation.anchor.end)
    if (to <= from) continue
    const classes = classesOf(annotation, input)
    const old = shown.get(annotation.id)
    const same = old && old.from === from && old.to === to
    if (old && same && (old.spec as HighlightSpec).classes === classes) {
      next.set(annotation.id, old)
      drawnFrom.set(old, annotation)
      continue
    }
    const spec: HighlightSpec = { id: annotation.id, classes }
    // Named on hover: a colour alone tells nothing to a reader who cannot tell the colours apart.
    const decoration = Decoration.inline(
      from,
      to,
      {
        class: classes,
        title: i18next.t('reader:highlightTitle', { color: i18next.t(`annotations:colors.${annotation.color}`) })
      },
      spec
    )
    drawnFrom.set(decoration, annotation)
    next.set(annotation.id, decoration)
    added.push(decoration)
  }
  const removed: Decoration[] = []
  for (const [id, decoration] of shown) if (next.get(id) !== decoration) removed.push(decoration)
  if (removed.length === 0 && added.length === 0) return { set, shown }
  // Most of the list replaced (another article's annotations): building afresh is cheaper.
  if (removed.length > shown.size / 2) return { set: DecorationSet.create(doc, [...next.values()]), shown: next }
  return { set: set.remove(removed).add(doc, added), shown: next }
}

/** The shown highlights read back from a set, after a change to the document moved them. */
export function shownIn(set: DecorationSet): Shown {
  return new Map(set.find().map((decoration) => [(decoration.spec as HighlightSpec).id, decoration]))
}
