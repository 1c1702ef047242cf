// Whether the shortcut sheet is open. `?` (not from a field) and F1 open it, registered through the
// keymap like every other shortcut; the sheet itself unmounts when closed. The user's own keys
// live here too, mounted with the app, so they apply from the start whether the sheet opens or not.
import { useCallback, useState } from 'react'
import { GLOBAL_SCOPE } from '../keys/keymap-registry'
import { useShortcut } from '../keys/use-shortcut'
import { SHEET_SHORTCUTS } from './sheet-shortcuts'
import { useShortcutKeys, type ShortcutKeysControl } from './use-shortcut-keys'

export interface ShortcutSheetControl {
  isOpen: boolean
  open: () => void
  close: () => void
  /** The user's own keys, changed from the sheet. */
  keys: ShortcutKeysControl
}

export function useShortcutSheet(): ShortcutSheetControl {
  const [isOpen, setOpen] = useState(false)
  const open = useCallback(() => setOpen(true), [])
  const close = useCallback(() => setOpen(false), [])
  useShortcut(GLOBAL_SCOPE, SHEET_SHORTCUTS.open, open)
  useShortcut(GLOBAL_SCOPE, SHEET_SHORTCUTS.openF1, open)
  const keys = useShortcutKeys()
  return { isOpen, open, close, keys }
}
