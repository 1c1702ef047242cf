import { describe, expect, it } from 'vitest'
import { matchesCombo, parseCombo, type KeyInput } from './key-combo'
import { GLOBAL_SCOPE, KeymapRegistry, type KeyEventInput } from './keymap-registry'
import { APP_SHORTCUTS, READER_SHORTCUTS, SELECTION_SHORTCUTS } from './shortcuts'

/** 'Ctrl+F', 'Alt+ArrowLeft', 'H' as a key event; `typing`: pressed in a text field. */
function press(combo: string, extra: Partial<KeyEventInput> = {}): KeyEventInput {
  const parts = combo.split('+')
  const key = parts.pop() ?? ''
  const has = (name: string) => parts.includes(name)
  const code = key.length === 1 && /[a-z]/i.test(key) ? `Key${key.toUpperCase()}` : key
  return {
    key,
    code,
    ctrlKey: has('Ctrl'),
    metaKey: has('Meta'),
    altKey: has('Alt'),
    shiftKey: has('Shift'),
    typing: false,
    ...extra
  }
}

/** A registry with `shortcut` registered in each of `scopes`, logging which scope ran it. */
function setUp(keys: string[], scopes: string[], options: { inInputs?: boolean } = {}) {
  const registry = new KeymapRegistry()
  const ran: string[] = []
  for (const scope of scopes)
    registry.register({
      id: 'test.key',
      keys,
      description: 'a test key',
      scope,
      ...options,
      run: () => void ran.push(scope)
    })
  return { registry, ran }
}

describe('key combos', () => {
  it.each([
    // [combo, pressed, matches]
    ['Mod+Z', 'Ctrl+z', true],
    ['Mod+Z', 'Meta+z', true], // Cmd on a Mac
    ['Mod+Z', 'Ctrl+Shift+Z', false], // a modifier not named must be up
    ['Mod+Z', 'z', false],
    ['Shift?+H', 'h', true],
    ['Shift?+H', 'Shift+H', true],
    ['H', 'Shift+H', false],
    ['Shift?+1', 'Shift+1', true], // digits typed with Shift, as on AZERTY
    ['Alt+ArrowLeft', 'Alt+ArrowLeft', true],
    ['Alt+ArrowLeft', 'ArrowLeft', false],
    ['Shift?+Escape', 'Escape', true],
    ['Shift?+Escape', 'escape', false] // a named key matches exactly
  ])('%s on %s: %s', (combo, pressed, expected) => {
    expect(matchesCombo(parseCombo(combo), press(pressed))).toBe(expected)
  })

  it('matches a physical key whatever the layout types (Ctrl+F on a Thai layout gives ด)', () => {
    const thai: KeyInput = { ...press('Ctrl+ด'), code: 'KeyF' }
    expect(matchesCombo(parseCombo('Mod+F'), thai)).toBe(false)
    expect(matchesCombo(parseCombo('Mod+code:KeyF'), thai)).toBe(true)
  })

  it.each(['Ctrl+', 'Hyper+K', 'Alt+Alt+K'])('refuses %s', (combo) => {
    expect(() => parseCombo(combo)).toThrow(combo)
  })
})

describe('routing by pane', () => {
  it('runs a pane key in the focused pane only, never in both', () => {
    const { registry, ran } = setUp(['Mod+F'], ['left', 'right'])
    registry.addPane('left')
    registry.addPane('right')
    registry.focusPane('right')
    expect(registry.dispatch(press('Ctrl+f'))).toBe(true)
    registry.focusPane('left')
    registry.dispatch(press('Ctrl+f'))
    expect(ran).toEqual(['right', 'left'])
  })

  it('goes to the first pane before any is focused, and stays with the last one focused', () => {
    const { registry, ran } = setUp(['F3'], ['left', 'right'])
    registry.addPane('left')
    const removeRight = registry.addPane('right')
    registry.dispatch(press('F3')) // focus still in the library: the first pane
    registry.focusPane('right')
    registry.dispatch(press('F3')) // then focus went to a sidebar: still the right pane
    removeRight()
    registry.dispatch(press('F3')) // the right pane closed
    expect(ran).toEqual(['left', 'right', 'left'])
  })

  it('asks the active pane before the global scope; a declined key goes on to the global one', () => {
    const registry = new KeymapRegistry()
    const ran: string[] = []
    let paneTakes = true
    registry.addPane('left')
    registry.register({
      id: 'pane.esc',
      keys: ['Escape'],
      description: '',
      scope: 'left',
      run: () => (ran.push('pane'), paneTakes)
    })
    registry.register({
      id: 'app.esc',
      keys: ['Escape'],
      description: '',
      scope: GLOBAL_SCOPE,
      run: () => void ran.push('app')
    })
    registry.dispatch(press('Escape'))
    paneTakes = false
    registry.dispatch(press('Escape'))
    expect(ran).toEqual(['pane', 'pane', 'app'])
  })

  it('leaves an unknown key alone (not taken: its default action happens)', () => {
    const { registry, ran } = setUp(['Mod+F'], [GLOBAL_SCOPE])
    expect(registry.dispatch(press('Ctrl+g'))).toBe(false)
    expect(ran).toEqual([])
  })
})

describe('text fields', () => {
  it('leaves keys to a field unless the shortcut asks for them there', () => {
    const letters = setUp(['Shift?+H'], [GLOBAL_SCOPE])
    expect(letters.registry.dispatch(press('h', { typing: true }))).toBe(false)
    const find = setUp(['Mod+F'], [GLOBAL_SCOPE], { inInputs: true })
    expect(find.registry.dispatch(press('Ctrl+f', { typing: true }))).toBe(true)
    expect([letters.ran, find.ran]).toEqual([[], [GLOBAL_SCOPE]])
  })
})

describe('conflicts', () => {
  const shortcut = (id: string, keys: string[], scope: string) => ({ id, keys, scope, description: '', run: () => {} })

  it('refuses a second shortcut on a combo taken in the same scope, naming both', () => {
    const registry = new KeymapRegistry()
    registry.register(shortcut('selection.highlight', ['Shift?+H'], 'left'))
    expect(() => registry.register(shortcut('selection.hide', ['H'], 'left'))).toThrow(
      'Shortcut "selection.hide" (H) conflicts with "selection.highlight" (Shift?+H) in scope "left"'
    )
    expect(() => registry.register(shortcut('selection.highlight', ['X'], 'left'))).toThrow('already registered')
  })

  it('allows the same combo in another scope, and again once the first is removed', () => {
    const registry = new KeymapRegistry()
    const remove = registry.register(shortcut('find.open', ['Mod+F'], 'left'))
    registry.register(shortcut('find.open', ['Mod+F'], 'right'))
    remove()
    expect(() => registry.register(shortcut('find.open', ['Mod+F'], 'left'))).not.toThrow()
  })

  it("has no conflict in the app's own shortcut tables", () => {
    const registry = new KeymapRegistry()
    for (const definition of Object.values(APP_SHORTCUTS))
      registry.register({ ...definition, scope: GLOBAL_SCOPE, run: () => {} })
    for (const definition of [...Object.values(READER_SHORTCUTS), ...Object.values(SELECTION_SHORTCUTS)])
      registry.register({ ...definition, scope: 'pane', run: () => {} })
    expect(registry.list().map((listed) => `${listed.scope} ${listed.id}`)).toContain('pane find.open')
  })
})

describe('the list for a shortcut sheet', () => {
  it('gives every registered shortcut with its scope, keys and description', () => {
    const { registry } = setUp(['Mod+F'], ['left'], { inInputs: true })
    expect(registry.list()).toEqual([
      { id: 'test.key', scope: 'left', keys: ['Mod+F'], description: 'a test key', inInputs: true }
    ])
  })
})

describe("the user's own keys", () => {
  it('answer in place of the defaults at once, for shortcuts registered before and after', () => {
    const { registry, ran } = setUp(['Mod+F'], ['left'])
    registry.addPane('left')
    registry.setOverrides({ 'test.key': ['Mod+code:KeyJ'], 'later.key': ['F9'] })
    expect([registry.dispatch(press('Ctrl+f')), registry.dispatch(press('Ctrl+j'))]).toEqual([false, true])
    registry.register({ id: 'later.key', keys: ['F8'], description: '', scope: GLOBAL_SCOPE, run: () => {} })
    expect(registry.list().map((listed) => `${listed.id} ${listed.keys.join(' ')}`)).toEqual([
      'test.key Mod+code:KeyJ',
      'later.key F9'
    ])
    const told: string[] = []
    const stop = registry.onKeysChange(() =>
      told.push(registry.keysOf({ id: 'test.key', keys: ['Mod+F'], description: '' }).join())
    )
    registry.setOverrides({})
    stop()
    registry.setOverrides({ 'test.key': ['F2'] })
    registry.setOverrides({})
    registry.dispatch(press('Ctrl+f'))
    expect(ran).toEqual(['left', 'left'])
    expect(told).toEqual(['Mod+F']) // told once, until it stopped listening
  })
})
