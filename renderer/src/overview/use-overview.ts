// The corpus-wide views (documents, themes) that take the library's and the reader's place: which
// one shows, and the keys that switch to them. Opening an article from one returns to reading.
import { useCallback, useState } from 'react'
import { GLOBAL_SCOPE } from '../keys/keymap-registry'
import { OVERVIEW_SHORTCUTS } from '../keys/shortcuts'
import { useShortcut } from '../keys/use-shortcut'

export type OverviewKind = 'documents' | 'themes'

export interface Overview {
  shown: OverviewKind | null
  /** Shows a view, or (asked for the one shown) goes back to reading. */
  toggle: (kind: OverviewKind) => void
  close: () => void
}

export function useOverview(): Overview {
  const [shown, setShown] = useState<OverviewKind | null>(null)
  const toggle = useCallback((kind: OverviewKind) => setShown((current) => (current === kind ? null : kind)), [])
  const close = useCallback(() => setShown(null), [])
  useShortcut(GLOBAL_SCOPE, OVERVIEW_SHORTCUTS.documents, () => toggle('documents'))
  useShortcut(GLOBAL_SCOPE, OVERVIEW_SHORTCUTS.themes, () => toggle('themes'))
  return { shown, toggle, close }
}
