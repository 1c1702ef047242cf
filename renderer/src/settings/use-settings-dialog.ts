// Whether the Settings dialog is open; Ctrl+, opens it (the editors' and browsers' key), and the
// top bar's button. The dialog itself unmounts when closed; the settings live in the app.
import { useCallback, useState } from 'react'
import { GLOBAL_SCOPE } from '../keys/keymap-registry'
import { APP_SHORTCUTS } from '../keys/shortcuts'
import { useShortcut } from '../keys/use-shortcut'

export interface SettingsDialogControl {
  isOpen: boolean
  open: () => void
  close: () => void
}

export function useSettingsDialog(): SettingsDialogControl {
  const [isOpen, setOpen] = useState(false)
  const open = useCallback(() => setOpen(true), [])
  const close = useCallback(() => setOpen(false), [])
  useShortcut(GLOBAL_SCOPE, APP_SHORTCUTS.settings, open)
  return { isOpen, open, close }
}
