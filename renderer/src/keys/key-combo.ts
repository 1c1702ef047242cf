// Key combinations as shortcut definitions write them, and matching them against key events.
// A combo is modifiers and a key joined by '+': 'Mod+Z', 'Alt+ArrowLeft', 'Shift?+H'. 'Mod' is Ctrl
// or Cmd (the app has always accepted both on every platform); a modifier not named must be up,
// and one written with '?' may be either (Shift+H gives 'H', and the letter keys took both cases).
// A one-character key matches in either case; a named key ('Escape', 'F3') exactly; 'code:KeyF'
// matches the physical key, for a Ctrl+F typed on a Thai layout, whose key is 'ด'.

export type ModifierState = 'down' | 'up' | 'any'

export interface KeyCombo {
  /** As written in the definition, for errors and the shortcut sheet. */
  text: string
  mod: ModifierState
  alt: ModifierState
  shift: ModifierState
  /** Lower-cased if one character, else a named key; null when the combo names a physical key. */
  key: string | null
  code: string | null
}

/** The part of a KeyboardEvent a combo looks at (plain data, so tests need no DOM). */
export interface KeyInput {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

const MODIFIERS = ['Mod', 'Alt', 'Shift'] as const

export function parseCombo(text: string): KeyCombo {
  const parts = text.split('+')
  const last = parts.pop() ?? ''
  if (!last) throw new Error(`Shortcut "${text}" names no key`)
  const states: Record<(typeof MODIFIERS)[number], ModifierState> = { Mod: 'up', Alt: 'up', Shift: 'up' }
  const named = new Set<string>()
  for (const part of parts) {
    const name = part.replace(/\?$/, '') as (typeof MODIFIERS)[number]
    if (!MODIFIERS.includes(name) || named.has(name)) throw new Error(`Shortcut "${text}": bad modifier "${part}"`)
    named.add(name)
    states[name] = part.endsWith('?') ? 'any' : 'down'
  }
  const code = last.startsWith('code:') ? last.slice('code:'.length) : null
  const key = code ? null : last.length === 1 ? last.toLowerCase() : last
  return { text, mod: states.Mod, alt: states.Alt, shift: states.Shift, key, code }
}

const fits = (state: ModifierState, down: boolean) => state === 'any' || (state === 'down') === down

export function matchesCombo(combo: KeyCombo, input: KeyInput): boolean {
  if (!fits(combo.mod, input.ctrlKey || input.metaKey) || !fits(combo.alt, input.altKey)) return false
  if (!fits(combo.shift, input.shiftKey)) return false
  if (combo.code) return input.code === combo.code
  return combo.key?.length === 1 ? input.key.toLowerCase() === combo.key : input.key === combo.key
}

const compatible = (a: ModifierState, b: ModifierState) => a === 'any' || b === 'any' || a === b

/** True when one key press could match both: two such shortcuts in one scope would be ambiguous. */
export function combosOverlap(a: KeyCombo, b: KeyCombo): boolean {
  return (
    a.key === b.key &&
    a.code === b.code &&
    compatible(a.mod, b.mod) &&
    compatible(a.alt, b.alt) &&
    compatible(a.shift, b.shift)
  )
}
