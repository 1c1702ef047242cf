// Highlights are view state, not document content: a DecorationSet in plugin state, updated
// through transaction metadata when the annotation list changes, and mapped otherwise. Each update
// removes and adds only the highlights that changed (highlight-decorations.ts). prosemirror-view
// merges overlapping inline decorations onto one element and keeps only the last value of
// attributes other than class, so each annotation's id travels in a class name (`ann-<id>`).
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state'
import { DecorationSet } from 'prosemirror-view'
import type { AnnotationView } from '../../../common/model/annotation-types'
import { followHighlights, shownIn, type HighlightSpec, type Shown } from './highlight-decorations'

export interface HighlightMeta {
  annotations?: AnnotationView[]
  /** Tag id → the class that underlines a highlight in its first tag's colour. */
  tagClasses?: Map<string, string>
  /** The annotation to mark as selected (and flash once), or null for none. */
  active?: string | null
}

interface HighlightState {
  decorations: DecorationSet
  shown: Shown
  annotations: AnnotationView[]
  tagClasses: Map<string, string>
  active: string | null
}

export const highlightKey = new PluginKey<HighlightState>('highlights')

export function highlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: () => ({
        decorations: DecorationSet.empty,
        shown: new Map(),
        annotations: [],
        tagClasses: new Map(),
        active: null
      }),
      apply(tr, previous) {
        const meta = tr.getMeta(highlightKey) as HighlightMeta | undefined
        let { decorations, shown } = previous
        if (tr.docChanged) {
          decorations = decorations.map(tr.mapping, tr.doc)
          shown = shownIn(decorations)
        }
        if (!meta) return decorations === previous.decorations ? previous : { ...previous, decorations, shown }
        const annotations = meta.annotations ?? previous.annotations
        const tagClasses = meta.tagClasses ?? previous.tagClasses
        const active = meta.active === undefined ? previous.active : meta.active
        const followed = followHighlights(tr.doc, decorations, shown, { annotations, tagClasses, active }, previous)
        return { annotations, tagClasses, active, decorations: followed.set, shown: followed.shown }
      }
    },
    props: {
      decorations: (state) => highlightKey.getState(state)?.decorations ?? DecorationSet.empty
    }
  })
}

/** The annotations covering a document position, shortest first (the innermost of overlaps). */
export function annotationsAt(state: EditorState, pos: number): string[] {
  const set = highlightKey.getState(state)?.decorations
  if (!set) return []
  return set
    .find(pos, pos)
    .filter((decoration) => decoration.from <= pos && decoration.to >= pos)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((decoration) => (decoration.spec as HighlightSpec).id)
}
