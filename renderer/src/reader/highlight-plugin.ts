// Highlights are view state, not document content: a DecorationSet in plugin state, replaced
// through transaction metadata when the annotation list changes. prosemirror-view merges
// overlapping inline decorations onto one element and keeps only the last value of attributes
// other than class, so each annotation's id travels in a class name (`ann-<id>`).
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { AnnotationView } from '../../../common/model/annotation-types'
import { blockSpans, offsetToPos } from './text-positions'

export interface HighlightMeta {
  annotations?: AnnotationView[]
  /** Tag id → the class that underlines a highlight in its first tag's colour. */
  tagClasses?: Map<string, string>
  /** The annotation to mark as selected (and flash once), or null for none. */
  active?: string | null
}

interface HighlightState {
  decorations: DecorationSet
  annotations: AnnotationView[]
  tagClasses: Map<string, string>
  active: string | null
}

export const highlightKey = new PluginKey<HighlightState>('highlights')

export function highlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, annotations: [], tagClasses: new Map(), active: null }),
      apply(tr, previous, _old, state) {
        const meta = tr.getMeta(highlightKey) as HighlightMeta | undefined
        if (!meta) return { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) }
        const annotations = meta.annotations ?? previous.annotations
        const tagClasses = meta.tagClasses ?? previous.tagClasses
        const active = meta.active === undefined ? previous.active : meta.active
        return { annotations, tagClasses, active, decorations: build(state, annotations, tagClasses, active) }
      }
    },
    props: {
      decorations: (state) => highlightKey.getState(state)?.decorations ?? DecorationSet.empty
    }
  })
}

function build(state: EditorState, annotations: AnnotationView[], tagClasses: Map<string, string>, active: string | null): DecorationSet {
  const spans = blockSpans(state.doc)
  const decorations: Decoration[] = []
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
    decorations.push(Decoration.inline(from, to, { class: classes.join(' ') }, { id: annotation.id }))
  }
  return DecorationSet.create(state.doc, decorations)
}

/** The annotations covering a document position, shortest first (the innermost of overlaps). */
export function annotationsAt(state: EditorState, pos: number): string[] {
  const set = highlightKey.getState(state)?.decorations
  if (!set) return []
  return set
    .find(pos, pos)
    .filter((decoration) => decoration.from <= pos && decoration.to >= pos)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((decoration) => (decoration.spec as { id: string }).id)
}
