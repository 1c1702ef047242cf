// Whether the shortcut sheet is open. `?` (not from a field) and F1 open it, registered through the
// keymap like every other shortcut; the sheet itself unmounts when closed.
import { useCallback, useState } from 'react'
import { GLOBAL_SCOPE } from '../keys/keymap-registry'
import { useShortcut } from '../keys/use-shortcut'
import { SHEET_SHORTCUTS } from './sheet-shortcuts'

export interface ShortcutSheetControl {
  isOpen: boolean
  open: () => void
  close: () => void
}

export function useShortcutSheet(): ShortcutSheetControl {
  const [isOpen, setOpen] = useState(false)
  const open = useCallback(() => setOpen(true), [])
  const close = useCallback(() => setOpen(false), [])
  useShortcut(GLOBAL_SCOPE, SHEET_SHORTCUTS.open, open)
  useShortcut(GLOBAL_SCOPE, SHEET_SHORTCUTS.openF1, open)
  return { isOpen, open, close }
}
