import { describe, expect, it } from 'vitest'
import { reviewKeyAction, type KeyPress } from './review-keys'

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods
})

describe('the review list’s keys', () => {
  it.each([
    ['ArrowDown', 2, { kind: 'move', to: 3, extend: false }],
    ['ArrowUp', 0, { kind: 'move', to: 0, extend: false }],
    ['ArrowDown', 9, { kind: 'move', to: 9, extend: false }],
    ['ArrowDown', -1, { kind: 'move', to: 0, extend: false }],
    ['PageDown', 5, { kind: 'move', to: 9, extend: false }],
    ['End', 0, { kind: 'move', to: 9, extend: false }],
    [' ', 4, { kind: 'toggle' }],
    ['Enter', 4, { kind: 'open' }],
    ['c', 4, { kind: 'decide', verdict: 'confirmed' }],
    ['R', -1, { kind: 'decide', verdict: 'rejected' }],
    ['Delete', 4, { kind: 'decide', verdict: null }]
  ] as const)('%s at row %i', (key, cursor, action) => {
    expect(reviewKeyAction(press(key), cursor, 10)).toEqual(action)
  })

  it('extends with Shift, selects all with Ctrl+A', () => {
    expect(reviewKeyAction(press('ArrowDown', { shiftKey: true }), 1, 10)).toEqual({
      kind: 'move',
      to: 2,
      extend: true
    })
    expect(reviewKeyAction(press('a', { ctrlKey: true }), 1, 10)).toEqual({ kind: 'select-all' })
  })

  it('leaves the app’s shortcuts and the keys it does not use alone', () => {
    for (const [key, mods] of [
      ['z', { ctrlKey: true }],
      ['y', { metaKey: true }],
      ['o', { altKey: true }],
      ['/', {}],
      ['Escape', {}],
      ['x', {}]
    ] as const)
      expect(reviewKeyAction(press(key, mods), 1, 10)).toBeNull()
    // With no cursor yet, Space and Enter have no row to act on; an empty list takes no key.
    expect(reviewKeyAction(press(' '), -1, 10)).toBeNull()
    expect(reviewKeyAction(press('ArrowDown'), -1, 0)).toBeNull()
  })
})
