// The Export dialog's shortcut, defined as keys/shortcuts.ts defines the others (registered with
// useShortcut, so the keymap lists it with them). Ctrl+Shift+E from anywhere, a field included;
// 'code:KeyE' for a Thai layout, whose key there is 'ำ'.
import type { ShortcutDefinition } from '../keys/keymap-registry'

export const EXPORT_SHORTCUTS: Readonly<{ open: ShortcutDefinition }> = Object.freeze({
  open: {
    id: 'export.open',
    keys: ['Mod+Shift+E', 'Mod+Shift+code:KeyE'],
    description: 'Export or import annotations',
    inInputs: true
  }
})
