import { EditorState } from 'prosemirror-state'
import type { Decoration } from 'prosemirror-view'
import { describe, expect, it } from 'vitest'
import { articleDoc } from '../article-doc/article-schema'
import { bidiControlKey, bidiControlPlugin } from './bidi-control-plugin'

const doc = articleDoc([
  { kind: 'heading', text: 'หัวข้อ \u202Eevil' },
  { kind: 'paragraph', text: 'ก่อน \u202Dabc\u202C และ \u2067ข้อความ\u2069 หลัง' }
])

// Each decoration as `from-to:ABBR`, with the text it covers checked to be that one control.
function marked(state: EditorState): string[] {
  return (bidiControlKey.getState(state)?.find() ?? []).map((decoration: Decoration) => {
    const attrs = (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs
    expect(state.doc.textBetween(decoration.from, decoration.to)).toHaveLength(1)
    expect(attrs).toMatchObject({ nodeName: 'bdi', class: 'bidi-control', dir: 'ltr' })
    return `${decoration.from}-${decoration.to}:${attrs['data-control']}`
  })
}

describe('bidi control plugin', () => {
  it('marks every control in the document, each alone, and leaves the text as it was', () => {
    const state = EditorState.create({ doc, plugins: [bidiControlPlugin()] })
    expect(marked(state)).toEqual(['8-9:RLO', '20-21:LRO', '24-25:PDF', '30-31:RLI', '38-39:PDI'])
    expect(state.doc.child(0).textContent).toBe('หัวข้อ \u202Eevil')
  })

  it('maps its marks through a change instead of finding them again', () => {
    let state = EditorState.create({ doc, plugins: [bidiControlPlugin()] })
    const before = bidiControlKey.getState(state)
    state = state.apply(state.tr.setMeta('highlights', {}))
    expect(bidiControlKey.getState(state)).toBe(before) // nothing changed: the same set
    state = state.apply(state.tr.insertText('ใหม่', 1))
    expect(marked(state)).toEqual(['12-13:RLO', '24-25:LRO', '28-29:PDF', '34-35:RLI', '42-43:PDI'])
  })

  it('adds nothing to a document without controls', () => {
    const state = EditorState.create({
      doc: articleDoc([{ kind: 'paragraph', text: 'การปฏิรูป' }]),
      plugins: [bidiControlPlugin()]
    })
    expect(marked(state)).toEqual([])
  })
})
