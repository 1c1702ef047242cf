// Link badges in the reader: each link end in the open article gets a small widget after its
// passage (a badge, never a drawn line: drawing every link makes a hairball) and a faint underline
// of the passage. View state in a plugin of its own, like the highlights; links are few per
// article, so a change builds the set afresh and a document change maps it.
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import type { LinkView } from '../../../common/model/link-types'
// The app's instance, set up by i18n/i18n.ts (imported by main.tsx): plain i18next here keeps this
// module free of Vite's glob, so a test or a benchmark page can use it without the messages.
import i18next from 'i18next'
import { blockSpans, offsetToPos } from '../article-doc/text-positions'
import { otherEndLabel } from './link-labels'

export interface LinkBadgeMeta {
  links: LinkView[]
  /** The selected link's id: its passage is marked more strongly. */
  selected: string | null
  /** Called when a badge is clicked (or Enter pressed on it). */
  onFollow: (link: LinkView) => void
}

interface LinkBadgeState {
  decorations: DecorationSet
  onFollow: ((link: LinkView) => void) | null
}

export const linkBadgeKey = new PluginKey<LinkBadgeState>('link-badges')

export function linkBadgePlugin(): Plugin<LinkBadgeState> {
  return new Plugin<LinkBadgeState>({
    key: linkBadgeKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, onFollow: null }),
      apply(tr, previous, _old, state) {
        const meta = tr.getMeta(linkBadgeKey) as LinkBadgeMeta | undefined
        if (meta) return { decorations: build(state, meta), onFollow: meta.onFollow }
        return tr.docChanged ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) } : previous
      }
    },
    props: {
      decorations: (state) => linkBadgeKey.getState(state)?.decorations ?? DecorationSet.empty
    }
  })
}

function build(state: EditorState, { links, selected }: LinkBadgeMeta): DecorationSet {
  const spans = blockSpans(state.doc)
  const size = state.doc.content.size
  const decorations = links.flatMap((link) => {
    const { anchor } = link.here
    if (anchor.status === 'orphan') return []
    const from = offsetToPos(spans, anchor.start)
    const to = offsetToPos(spans, anchor.end)
    if (!(from < to && to <= size)) return []
    const chosen = link.id === selected ? ' link-end-selected' : ''
    return [
      Decoration.inline(from, to, { class: `link-end link-${link.id}${chosen}` }),
      // side -1: the badge belongs to the passage before it, not to the text that follows.
      Decoration.widget(to, (view) => badge(view, link, chosen !== ''), {
        key: `${link.id}:${link.side}:${link.kind}:${chosen}:${link.there.anchor.status}`,
        side: -1,
        ignoreSelection: true,
        stopEvent: () => true
      })
    ]
  })
  return DecorationSet.create(state.doc, decorations)
}

function badge(view: EditorView, link: LinkView, selected: boolean): HTMLElement {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = `link-badge link-badge-${link.kind}${selected ? ' link-badge-selected' : ''}`
  button.dataset.linkId = link.id
  button.textContent = '⇄'
  // Drawn by the plugin, outside React: worded in the language of the moment it is drawn.
  const t = i18next.getFixedT(null, 'links')
  const label = t('badge', { kind: t(`kinds.${link.kind}`), other: otherEndLabel(t, link) })
  button.title = label
  button.setAttribute('aria-label', label)
  button.addEventListener('click', (event) => {
    event.preventDefault()
    linkBadgeKey.getState(view.state)?.onFollow?.(link)
  })
  // The reader selects on mouseup: a click on the badge is not the start of a selection.
  button.addEventListener('mousedown', (event) => event.preventDefault())
  return button
}
