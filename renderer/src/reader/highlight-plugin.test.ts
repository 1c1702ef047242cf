import fc from 'fast-check'
import { EditorState } from 'prosemirror-state'
import { DecorationSet } from 'prosemirror-view'
import { describe, expect, it } from 'vitest'
import type { AnnotationView, HighlightColor } from '../../../common/model/annotation-types'
import { articleDoc } from '../article-doc/article-schema'
import { bidiControlKey, bidiControlPlugin } from './bidi-control-plugin'
import { findKey, findPlugin } from './find/find-plugin'
import { annotationsAt, highlightKey, highlightPlugin, type HighlightMeta } from './highlight-plugin'
import type { HighlightSpec } from './highlight-decorations'

// Two blocks: text offsets 0–10 are positions 1–11; offsets 12–22 (after the blank line) are 13–23.
const doc = articleDoc([
  { kind: 'paragraph', text: 'abcdefghij' },
  { kind: 'paragraph', text: 'klmn\u202Eopqrs' }
])

type Body = { color?: HighlightColor; tags?: string[]; note?: string }

function ann(id: string, start: number, end: number, more: Body = {}): AnnotationView {
  const quote = { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' }
  const position = { type: 'TextPositionSelector' as const, start, end }
  const body = { color: more.color ?? 'yellow', tags: more.tags ?? [], note: more.note ?? '' }
  const target = { quote, position, textHash: '' }
  const anchor = { status: 'exact' as const, start, end }
  return { id, articleId: 'article', target, ...body, created: '', modified: '', anchor }
}

const start = () => EditorState.create({ doc, plugins: [bidiControlPlugin(), highlightPlugin(), findPlugin()] })
const send = (state: EditorState, meta: HighlightMeta) => state.apply(state.tr.setMeta(highlightKey, meta))
const set = (state: EditorState) => highlightKey.getState(state)?.decorations ?? DecorationSet.empty

/** The set in compact form, as ProseMirror's own tests print it: `from-to classes`, by position. */
function print(decorations: DecorationSet): string {
  return decorations
    .find()
    .map((decoration) => `${decoration.from}-${decoration.to} ${(decoration.spec as HighlightSpec).classes}`)
    .sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b))
    .join(', ')
}

const a = ann('a', 0, 4)
const b = ann('b', 2, 8, { color: 'green', note: 'why' })
const c = ann('c', 13, 16, { tags: ['t1', 't2'] })
const tagClasses = new Map([['t2', 'tagc-3']])

describe('highlight plugin', () => {
  it('shows each anchored annotation with its colour, note, first coloured tag and the active mark', () => {
    const orphan = { ...ann('o', 1, 3), anchor: { status: 'orphan' as const } }
    const state = send(start(), { annotations: [a, b, c, orphan], tagClasses, active: 'b' })
    expect(print(set(state))).toBe(
      '1-5 hl hl-yellow ann-a, 3-9 hl hl-green ann-b hl-active hl-noted, 14-17 hl hl-yellow ann-c hl-tagged tagc-3'
    )
    expect(annotationsAt(state, 4)).toEqual(['a', 'b']) // the shorter (inner) one first
  })

  it('adds a new highlight without touching the other paragraph', () => {
    const before = send(start(), { annotations: [a, b], tagClasses })
    const after = send(before, { annotations: [a, b, ann('n', 14, 18, { color: 'pink' })] })
    expect(print(set(after))).toBe('1-5 hl hl-yellow ann-a, 3-9 hl hl-green ann-b hl-noted, 15-19 hl hl-pink ann-n')
    expect(set(after).forChild(0, doc.child(0))).toBe(set(before).forChild(0, doc.child(0)))
  })

  it('removes, recolours and re-tags only what changed', () => {
    let state = send(start(), { annotations: [a, b, c], tagClasses })
    state = send(state, { annotations: [a, c] })
    expect(print(set(state))).toBe('1-5 hl hl-yellow ann-a, 14-17 hl hl-yellow ann-c hl-tagged tagc-3')
    state = send(state, { annotations: [{ ...a, color: 'blue' }, c] })
    expect(print(set(state))).toBe('1-5 hl hl-blue ann-a, 14-17 hl hl-yellow ann-c hl-tagged tagc-3')
    state = send(state, {
      annotations: [
        { ...a, color: 'blue', tags: ['t2'] },
        { ...c, tags: ['t1'] }
      ]
    })
    expect(print(set(state))).toBe('1-5 hl hl-blue ann-a hl-tagged tagc-3, 14-17 hl hl-yellow ann-c')
    // A tag's colour edited in the codebook: its highlights follow.
    state = send(state, {
      tagClasses: new Map([
        ['t2', 'tagc-5'],
        ['t1', 'tagc-0']
      ])
    })
    expect(print(set(state))).toBe('1-5 hl hl-blue ann-a hl-tagged tagc-5, 14-17 hl hl-yellow ann-c hl-tagged tagc-0')
  })

  it('moves the active mark from one highlight to another', () => {
    let state = send(start(), { annotations: [a, c], tagClasses: new Map(), active: 'a' })
    state = send(state, { active: 'c' })
    expect(print(set(state))).toBe('1-5 hl hl-yellow ann-a, 14-17 hl hl-yellow ann-c hl-active')
    state = send(state, { active: null })
    expect(print(set(state))).toBe('1-5 hl hl-yellow ann-a, 14-17 hl hl-yellow ann-c')
  })

  it('keeps the same set when a refetched list says the same (new objects, same highlights)', () => {
    const state = send(start(), { annotations: [a, b, c], tagClasses })
    const again = send(state, { annotations: [a, b, c].map((annotation) => ({ ...annotation })) })
    expect(set(again)).toBe(set(state))
  })

  it('replaces every highlight when another list comes in, on this document or a new one', () => {
    const state = send(start(), { annotations: [a, b, c], tagClasses })
    const replaced = send(state, { annotations: [ann('x', 5, 7), ann('y', 15, 20, { color: 'orange' })] })
    expect(print(set(replaced))).toBe('6-8 hl hl-yellow ann-x, 16-21 hl hl-orange ann-y')
    // An article switch: a new state for the new text, with its list in the first transaction.
    const heading = articleDoc([{ kind: 'heading', text: 'uvwxyz' }])
    const other = EditorState.create({ doc: heading, plugins: [highlightPlugin()] })
    expect(print(set(send(other, { annotations: [ann('z', 1, 3)], tagClasses })))).toBe('2-4 hl hl-yellow ann-z')
  })

  it('leaves the find marks and the bidi-control markers alone', () => {
    let state = start()
    state = state.apply(state.tr.setMeta(findKey, { matches: [{ block: 0, start: 1, end: 3 }], current: 0 }))
    const find = findKey.getState(state)
    const bidi = bidiControlKey.getState(state)
    expect(bidi?.find().map((marker) => `${marker.from}-${marker.to}`)).toEqual(['17-18']) // the RLO
    state = send(state, { annotations: [a, c], tagClasses })
    state = send(state, { annotations: [a] })
    expect(findKey.getState(state)).toBe(find)
    expect(bidiControlKey.getState(state)).toBe(bidi)
  })

  it('maps its highlights through a change to the text, and follows the next list from there', () => {
    let state = send(start(), { annotations: [a, c], tagClasses })
    state = state.apply(state.tr.insertText('XY', 1))
    expect(print(set(state))).toBe('3-7 hl hl-yellow ann-a, 16-19 hl hl-yellow ann-c hl-tagged tagc-3')
    state = send(state, { annotations: [a] }) // offsets now count the new text: a sits at 1-5
    expect(print(set(state))).toBe('1-5 hl hl-yellow ann-a')
  })

  it('ends any sequence of edits where a fresh build of the last list would', () => {
    const range = fc.record({ start: fc.integer({ min: 0, max: 22 }), length: fc.integer({ min: 0, max: 9 }) })
    const color = fc.constantFrom<HighlightColor>('yellow', 'green', 'blue')
    const tags = fc.subarray(['t1', 't2'])
    const at = fc.nat(20)
    const edit = fc.oneof(
      fc.record({ add: range, color, tags }),
      fc.record({ remove: at }),
      fc.record({ recolour: at, color }),
      fc.record({ retag: at, tags }),
      fc.record({ activate: fc.option(at) }),
      fc.record({ tagColour: fc.constantFrom('tagc-1', 'tagc-2') }),
      fc.record({ refetch: fc.constant(true) })
    )
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let state = start()
        let list: AnnotationView[] = []
        let classes = new Map([['t1', 'tagc-1']])
        let active: string | null = null
        edits.forEach((step, n) => {
          const pick = (index: number) => list[index % Math.max(1, list.length)]
          const replace = (index: number, change: Partial<AnnotationView>) =>
            (list = list.map((each) => (each === pick(index) ? { ...each, ...change } : each)))
          if ('add' in step) list = [...list, ann(`n${n}`, step.add.start, step.add.start + step.add.length, step)]
          else if ('remove' in step) list = list.filter((each) => each !== pick(step.remove))
          else if ('recolour' in step) replace(step.recolour, { color: step.color })
          else if ('retag' in step) replace(step.retag, { tags: step.tags })
          else if ('activate' in step) active = step.activate === null ? null : (pick(step.activate)?.id ?? null)
          else if ('tagColour' in step) classes = new Map([['t1', step.tagColour]])
          else list = list.map((each) => ({ ...each }))
          state = send(state, { annotations: list, tagClasses: classes, active })
        })
        const fresh = send(start(), { annotations: list, tagClasses: classes, active }) // built from nothing
        expect(print(set(state))).toBe(print(set(fresh)))
      })
    )
  })
})
