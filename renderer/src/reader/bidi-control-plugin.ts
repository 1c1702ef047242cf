// Direction controls in the article text (an RLO that would show "evil" as "live") stay in the
// document, so offsets, quotes, find and copy see the exact text; each is wrapped by an inline
// decoration in the same `bdi.bidi-control` element as everywhere else (bidi.css), which shows the
// control and contains its effect. Found once per document and mapped after that, never rebuilt:
// the reader's document only changes by being replaced.
import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { controlsIn } from '../bidi/bidi-controls'

export const bidiControlKey = new PluginKey<DecorationSet>('bidi-controls')

export function bidiControlPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: bidiControlKey,
    state: {
      init: (_config, state) => controlDecorations(state.doc),
      apply: (tr, previous) => previous.map(tr.mapping, tr.doc)
    },
    props: {
      decorations: (state) => bidiControlKey.getState(state) ?? DecorationSet.empty
    }
  })
}

function controlDecorations(doc: Node): DecorationSet {
  const decorations: Decoration[] = []
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return
    for (const { offset, abbr, tooltip } of controlsIn(node.text)) {
      // A <bdi> of its own, as in SafeText; a nodeName of its own also keeps prosemirror from
      // merging it into a highlight's <span> (it nests inside it, and the highlight shows behind).
      const attrs = { nodeName: 'bdi', class: 'bidi-control', dir: 'ltr', 'data-control': abbr, title: tooltip }
      decorations.push(Decoration.inline(pos + offset, pos + offset + 1, attrs))
    }
  })
  return decorations.length === 0 ? DecorationSet.empty : DecorationSet.create(doc, decorations)
}
