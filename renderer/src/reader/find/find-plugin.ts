// Find marks are view state, like highlights, but kept in their own plugin so that clearing a
// search never rebuilds the highlights and the two never share a class or a decoration spec.
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { blockSpans } from '../../article-doc/text-positions'
import { toDocRanges, type BlockMatch } from './find-matches'

/** What to mark: every match, and which one is current (-1: none); null clears the marks. */
export type FindMeta = { matches: BlockMatch[]; current: number } | null

export const findKey = new PluginKey<DecorationSet>('find')

export function findPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: findKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, previous, _old, state) {
        const meta = tr.getMeta(findKey) as FindMeta | undefined
        if (meta === undefined) return previous.map(tr.mapping, tr.doc)
        return meta ? build(state, meta.matches, meta.current) : DecorationSet.empty
      }
    },
    props: {
      decorations: (state) => findKey.getState(state) ?? DecorationSet.empty
    }
  })
}

function build(state: EditorState, matches: BlockMatch[], current: number): DecorationSet {
  // <mark> (nodeName) for what it means; a hit across a highlight's edge becomes two of them.
  const decorations = toDocRanges(blockSpans(state.doc), matches).map(({ from, to, index }) =>
    Decoration.inline(from, to, { nodeName: 'mark', class: index === current ? 'find-hit find-current' : 'find-hit' })
  )
  return DecorationSet.create(state.doc, decorations)
}
