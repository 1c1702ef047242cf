import { describe, expect, it } from 'vitest'
import type { KeyInput } from '../keys/key-combo'
import { recordCombo } from '../keys/record-combo'
import { keysOverlap } from '../keys/combo-conflicts'
import { rebindKeys, refuseKeys } from './rebind-check'
import { shortcutCatalogue } from './shortcut-catalogue'
import { usableOverrides } from './usable-overrides'

/** A refusal as a short string: 'taken by find.open', 'typing', or 'ok'. */
const verdict = (id: string, combo: string, overrides: Record<string, string[]> = {}) => {
  const refusal = refuseKeys(shortcutCatalogue([], overrides), id, [combo])
  if (!refusal) return 'ok'
  return refusal.kind === 'taken' ? `taken by ${refusal.other.id}` : refusal.kind
}

const key = (key: string, code: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...extra
})

describe('the keys a press records', () => {
  it.each([
    // [what was pressed, the combo kept]
    [key('j', 'KeyJ', { ctrlKey: true }), 'Mod+code:KeyJ'],
    [key('่', 'KeyJ', { ctrlKey: true }), 'Mod+code:KeyJ'], // Ctrl+J on a Thai layout
    [key('J', 'KeyJ', { metaKey: true, shiftKey: true }), 'Mod+Shift+code:KeyJ'], // ⇧⌘J
    [key('∆', 'KeyJ', { altKey: true }), 'Alt+code:KeyJ'], // Alt+J on a Mac types ∆
    [key('g', 'KeyG'), 'G'],
    [key('G', 'KeyG', { shiftKey: true }), 'Shift+G'],
    [key('?', 'Slash', { shiftKey: true }), 'Shift?+?'], // the Shift is what types '?'
    [key('F5', 'F5'), 'F5'],
    [key('ArrowUp', 'ArrowUp', { altKey: true, shiftKey: true }), 'Alt+Shift+ArrowUp'],
    [key('Control', 'ControlLeft', { ctrlKey: true }), null], // still on the way to a combo
    [key('Dead', 'BracketLeft'), null]
  ])('%o records %s', (input, expected) => {
    expect(recordCombo(input)).toBe(expected)
  })
})

describe('keys that could answer one press', () => {
  it.each([
    [['Mod+code:KeyK'], ['Mod+Shift?+K'], true], // by place and by character
    [['Mod+code:Comma'], ['Mod+,'], true],
    [['Mod+Shift+code:KeyK'], ['Mod+K'], false],
    [['Shift?+H'], ['Shift+H'], true],
    [['Alt+code:KeyJ'], ['Mod+code:KeyJ'], false]
  ])('%j and %j: %s', (a, b, expected) => {
    expect(keysOverlap(a, b)).toBe(expected)
  })
})

describe('changing a shortcut’s keys', () => {
  it.each([
    // [shortcut, new combo, verdict]
    ['search.focus', 'Mod+code:KeyJ', 'ok'],
    ['search.focus', 'Mod+code:KeyF', 'taken by find.open'], // a pane key against a global one
    ['find.open', 'Mod+Shift?+K', 'taken by search.focus'], // and the other way round
    ['search.focus', 'Mod+Shift+code:KeyE', 'taken by export.open'],
    ['reader.memo', 'Shift+H', 'taken by selection.highlight'], // two pane keys
    ['reader.memo', 'J', 'taken by library.move'], // the article list's own J
    ['search.focus', 'Mod+code:KeyK', 'ok'], // its own keys again
    ['search.focus', 'G', 'typing'], // it works in the search box: G must stay a letter there
    ['search.focus', 'Shift+ArrowDown', 'typing'],
    ['reader.memo', 'G', 'ok'], // not while typing: a letter is fine
    ['reader.memo', 'Tab', 'tab'],
    ['reader.memo', 'Shift+Tab', 'tab'],
    ['reader.memo', 'Control', 'modifierOnly'],
    ['reader.memo', 'Mod+', 'unreadable'],
    ['no.such', 'F9', 'unreadable']
  ])('%s to %s: %s', (id, combo, expected) => {
    expect(verdict(id, combo)).toBe(expected)
  })

  it('checks against the keys as the user has them, not the defaults', () => {
    expect(verdict('find.open', 'Mod+Shift?+K', { 'search.focus': ['Mod+code:KeyJ'] })).toBe('ok')
    expect(verdict('reader.memo', 'Mod+J', { 'search.focus': ['Mod+code:KeyJ'] })).toBe('taken by search.focus')
  })
})

describe('the keys kept after a change', () => {
  const after = (overrides: Record<string, string[]>, id: string, combo: string) => {
    const result = rebindKeys(shortcutCatalogue([], overrides), overrides, id, combo)
    return 'refusal' in result ? result.refusal.kind : result.overrides
  }

  it('keeps the new keys, drops them when the default comes back, and keeps all on a refusal', () => {
    expect(after({}, 'search.focus', 'Mod+code:KeyJ')).toEqual({ 'search.focus': ['Mod+code:KeyJ'] })
    const moved = { 'search.focus': ['Mod+code:KeyJ'], 'reader.memo': ['F9'] }
    expect(after(moved, 'search.focus', 'Mod+code:KeyK')).toEqual({ 'reader.memo': ['F9'] })
    expect(after(moved, 'search.focus', 'F9')).toBe('taken')
  })
})

describe('saved keys at start', () => {
  const use = (saved: Record<string, string[]>) => {
    const reasons: string[] = []
    return { kept: usableOverrides(saved, [], (reason) => reasons.push(reason)), reasons }
  }

  it('keeps keys that work, a swap of two shortcuts’ keys included', () => {
    const swap = { 'find.open': ['Mod+Shift?+K'], 'search.focus': ['Mod+code:KeyF'] }
    expect(use(swap)).toEqual({ kept: swap, reasons: [] })
  })

  it('drops an unknown id, a fixed shortcut, unreadable or clashing keys, saying why', () => {
    const { kept, reasons } = use({
      'gone.shortcut': ['F9'],
      'selection.color': ['F8'],
      'reader.memo': ['Mod+Mod+M'],
      'reader.forward': ['Mod+F'],
      'search.focus': ['Mod+code:KeyJ']
    })
    expect(kept).toEqual({ 'search.focus': ['Mod+code:KeyJ'] })
    expect(reasons).toEqual([
      'Saved keys for shortcut "gone.shortcut" dropped: no such shortcut can be changed.',
      'Saved keys for shortcut "selection.color" dropped: no such shortcut can be changed.',
      'Saved keys Mod+Mod+M for shortcut "reader.memo" dropped: refused (unreadable).',
      'Saved keys Mod+F for shortcut "reader.forward" dropped: they are the keys of "find.open".'
    ])
  })

  it('drops, in turn, keys that clash once another shortcut has its default back', () => {
    // find.open's Tab is refused, so find.open is Ctrl+F again: the memo's Ctrl+F must go too.
    const { kept } = use({ 'find.open': ['Tab'], 'reader.memo': ['Mod+code:KeyF'] })
    expect(kept).toEqual({})
  })
})
