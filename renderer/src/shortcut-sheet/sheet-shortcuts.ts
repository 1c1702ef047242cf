// The shortcut sheet's own keys, defined as keys/shortcuts.ts defines the others and registered
// through the same keymap, so the sheet lists them too. '?' is text, so never from a field (the
// search box must be able to type one); F1 types nothing, so it works from a field as well.
// '?' is matched by the character, whatever key and Shift make it on the user's layout.
import type { ShortcutDefinition } from '../keys/keymap-registry'

export const SHEET_SHORTCUTS: Readonly<{ open: ShortcutDefinition; openF1: ShortcutDefinition }> = Object.freeze({
  open: { id: 'help.shortcuts', keys: ['Shift?+?'], description: 'showShortcuts' },
  openF1: { id: 'help.shortcuts-f1', keys: ['F1'], description: 'showShortcuts', inInputs: true }
})
