// The combo the user just pressed, written as key-combo.ts reads it, for the shortcut sheet's
// "Change". With Ctrl/Cmd or Alt the physical key is kept ('Mod+code:KeyJ'): Ctrl+J must still be
// Ctrl+J on a Thai layout (where that key types '่'), and Alt+letter types a symbol on a Mac.
// Without them the character is kept, as typed: a plain key is a character the user sees.
import type { KeyInput } from './key-combo'

/** Keys that only change other keys: pressed alone, the user is still on the way to a combo. */
const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'AltGraph', 'Meta', 'OS', 'Super', 'Hyper', 'Fn', 'CapsLock'])
/** Keys that do not say which key was pressed (a dead key of an accent, an input method at work). */
const UNKNOWN_KEYS = new Set(['Dead', 'Unidentified', 'Process'])

export const isModifierKey = (key: string) => MODIFIER_KEYS.has(key)

/** Physical keys whose place is the same on every layout the app is used with. */
const PHYSICAL =
  /^(?:Key[A-Z]|Digit\d|Comma|Period|Slash|Backslash|Semicolon|Quote|BracketLeft|BracketRight|Minus|Equal|Backquote)$/

const hasCase = (key: string) => key.toLowerCase() !== key.toUpperCase()

/** The combo for a key press, or null while only modifiers (or a key that names nothing) are down. */
export function recordCombo(input: KeyInput): string | null {
  if (MODIFIER_KEYS.has(input.key) || UNKNOWN_KEYS.has(input.key)) return null
  const mod = input.ctrlKey || input.metaKey
  const prefix = `${mod ? 'Mod+' : ''}${input.altKey ? 'Alt+' : ''}`
  const shift = input.shiftKey ? 'Shift+' : ''
  if ((mod || input.altKey) && PHYSICAL.test(input.code)) return `${prefix}${shift}code:${input.code}`
  if ([...input.key].length === 1) {
    // A letter's Shift is the user's choice (H or Shift+H); a symbol's may be what types it ('?').
    if (hasCase(input.key)) return `${prefix}${shift}${input.key.toUpperCase()}`
    return `${prefix}${input.shiftKey ? 'Shift?+' : ''}${input.key}`
  }
  return `${prefix}${shift}${input.key}`
}
