import { EditorState } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { articleDoc } from '../../article-doc/article-schema'
import { findKey, findPlugin } from './find-plugin'

const doc = articleDoc([
  { kind: 'paragraph', text: 'การเปลี่ยนแปลงทางดิจิทัล' },
  { kind: 'paragraph', text: 'แปลงเอกสารเป็นดิจิทัล' }
])
const matches = [
  { block: 0, start: 17, end: 24 },
  { block: 1, start: 14, end: 21 }
]

function marked(state: EditorState) {
  return (findKey.getState(state)?.find() ?? []).map((decoration) => ({
    text: state.doc.textBetween(decoration.from, decoration.to),
    attrs: (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs
  }))
}

describe('find plugin', () => {
  it('marks every match, the current one distinctly, and clears them all on null', () => {
    let state = EditorState.create({ doc, plugins: [findPlugin()] })
    state = state.apply(state.tr.setMeta(findKey, { matches, current: 1 }))
    expect(marked(state)).toEqual([
      { text: 'ดิจิทัล', attrs: { nodeName: 'mark', class: 'find-hit' } },
      { text: 'ดิจิทัล', attrs: { nodeName: 'mark', class: 'find-hit find-current' } }
    ])
    // Other transactions (the highlights changing) leave the marks alone.
    state = state.apply(state.tr.setMeta('other', true))
    expect(marked(state)).toHaveLength(2)
    state = state.apply(state.tr.setMeta(findKey, null))
    expect(marked(state)).toEqual([])
  })
})
