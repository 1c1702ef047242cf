import { describe, expect, it } from 'vitest'
import { gridKeyAction, type KeyPress } from './matrix-keys'

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods
})
const size = { rows: 100, columns: 10, page: 20 }

describe('the matrix’s keys', () => {
  it.each([
    ['ArrowDown', { row: 5, column: 2 }, { kind: 'move', to: { row: 6, column: 2 } }],
    ['ArrowUp', { row: 0, column: 2 }, { kind: 'move', to: { row: 0, column: 2 } }],
    ['ArrowRight', { row: 5, column: 9 }, { kind: 'move', to: { row: 5, column: 9 } }],
    ['ArrowLeft', { row: 5, column: 2 }, { kind: 'move', to: { row: 5, column: 1 } }],
    ['ArrowDown', { row: -1, column: 0 }, { kind: 'move', to: { row: 0, column: 0 } }],
    ['End', { row: 5, column: 2 }, { kind: 'move', to: { row: 5, column: 9 } }],
    ['PageDown', { row: 90, column: 2 }, { kind: 'move', to: { row: 99, column: 2 } }],
    ['Enter', { row: 5, column: 2 }, { kind: 'open' }],
    [' ', { row: 5, column: 2 }, { kind: 'toggle' }],
    ['c', { row: 5, column: 2 }, { kind: 'decide', verdict: 'confirmed' }],
    ['R', { row: 5, column: 2 }, { kind: 'decide', verdict: 'rejected' }],
    ['Delete', { row: 5, column: 2 }, { kind: 'decide', verdict: null }],
    ['c', { row: -1, column: 0 }, null],
    ['x', { row: 5, column: 2 }, null]
  ] as const)('%j at %o', (key, at, action) => expect(gridKeyAction(press(key), at, size)).toEqual(action))

  it('leaves Ctrl+Z and the other modified keys to the app, but takes Ctrl+Home/End', () => {
    expect(gridKeyAction(press('z', { ctrlKey: true }), { row: 1, column: 1 }, size)).toBeNull()
    expect(gridKeyAction(press('c', { altKey: true }), { row: 1, column: 1 }, size)).toBeNull()
    expect(gridKeyAction(press('End', { ctrlKey: true }), { row: 1, column: 3 }, size)).toEqual({
      kind: 'move',
      to: { row: 99, column: 3 }
    })
  })
})
