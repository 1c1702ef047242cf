// Whether the Export dialog is open, which tab it shows, and the export choice it remembers for the
// session (the dialog itself unmounts when closed; this lives in the app). Ctrl+Shift+E opens it.
import { useCallback, useState } from 'react'
import { GLOBAL_SCOPE } from '../keys/keymap-registry'
import { useShortcut } from '../keys/use-shortcut'
import { EXPORT_SHORTCUTS } from './export-shortcuts'
import { DEFAULT_CHOICE, type ExportChoice } from './scope-choice'

export type ExportTab = 'export' | 'import'

export interface ExportDialogControl {
  isOpen: boolean
  open: () => void
  close: () => void
  tab: ExportTab
  setTab: (tab: ExportTab) => void
  choice: ExportChoice
  setChoice: (choice: ExportChoice) => void
}

export function useExportDialog(): ExportDialogControl {
  const [isOpen, setOpen] = useState(false)
  const [tab, setTab] = useState<ExportTab>('export')
  const [choice, setChoice] = useState<ExportChoice>(DEFAULT_CHOICE)
  const open = useCallback(() => setOpen(true), [])
  const close = useCallback(() => setOpen(false), [])
  useShortcut(GLOBAL_SCOPE, EXPORT_SHORTCUTS.open, open)
  return { isOpen, open, close, tab, setTab, choice, setChoice }
}
