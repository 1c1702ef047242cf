import { describe, expect, it } from 'vitest'
import { relatedKeyAction, type KeyPress } from './related-keys'

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra
})

describe('relatedKeyAction', () => {
  it.each([
    ['ArrowDown', -1, { kind: 'move', to: 0 }],
    ['ArrowDown', 3, { kind: 'move', to: 4 }],
    ['ArrowDown', 4, { kind: 'move', to: 4 }],
    ['ArrowUp', 0, { kind: 'move', to: 0 }],
    ['End', 1, { kind: 'move', to: 4 }],
    ['Enter', 2, { kind: 'open', beside: false }],
    ['Enter', -1, null],
    ['x', 1, null]
  ] as const)('%s at %i', (key, cursor, action) => {
    expect(relatedKeyAction(press(key), cursor, 5)).toEqual(action)
  })

  it('opens beside with Shift+Enter and lets the app’s shortcuts through', () => {
    expect(relatedKeyAction(press('Enter', { shiftKey: true }), 1, 5)).toEqual({ kind: 'open', beside: true })
    expect(relatedKeyAction(press('ArrowDown', { ctrlKey: true }), 1, 5)).toBeNull()
    expect(relatedKeyAction(press('ArrowDown'), -1, 0)).toBeNull()
  })
})
