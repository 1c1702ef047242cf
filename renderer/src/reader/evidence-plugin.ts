// Marks what the "About" panel points at in the text: a theme's cue words or a document's
// citations. View state in a plugin of its own, like find marks, so that showing evidence never
// rebuilds the highlights and clearing it never touches a find.
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { blockSpans, offsetToPos } from '../article-doc/text-positions'

/** Ranges in article-text offsets (the text annotations anchor in); null clears the marks. */
export type EvidenceMeta = { start: number; end: number }[] | null

export const evidenceKey = new PluginKey<DecorationSet>('evidence')

export function evidencePlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: evidenceKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, previous, _old, state) {
        const meta = tr.getMeta(evidenceKey) as EvidenceMeta | undefined
        if (meta === undefined) return previous.map(tr.mapping, tr.doc)
        return meta ? build(state, meta) : DecorationSet.empty
      }
    },
    props: {
      decorations: (state) => evidenceKey.getState(state) ?? DecorationSet.empty
    }
  })
}

function build(state: EditorState, ranges: NonNullable<EvidenceMeta>): DecorationSet {
  const spans = blockSpans(state.doc)
  const size = state.doc.content.size
  const decorations = ranges.flatMap(({ start, end }) => {
    const from = offsetToPos(spans, start)
    const to = offsetToPos(spans, end)
    return from < to && to <= size ? [Decoration.inline(from, to, { class: 'evidence-mark' })] : []
  })
  return DecorationSet.create(state.doc, decorations)
}
