// Opening articles in the panes ("here": the pane in use; "beside": the other, shown if hidden)
// and the pane keys. Opening beside makes that pane the one in use (its sidebar shows, the keys
// go to it) but leaves the keyboard where it is: a researcher opening several articles from the
// library keeps moving through the library.
import { useMemo } from 'react'
import { useKeymap } from '../keys/KeymapProvider'
import { GLOBAL_SCOPE } from '../keys/keymap-registry'
import { PANE_SHORTCUTS } from '../keys/shortcuts'
import { useShortcut } from '../keys/use-shortcut'
import type { ReaderSession } from '../session/use-reader-session'
import type { PaneOpeners } from './pane-openers'
import type { PaneLayout } from './use-pane-layout'

export function usePaneControl(sessions: [ReaderSession, ReaderSession], layout: PaneLayout): PaneOpeners {
  const registry = useKeymap()
  const { active, shown, openSecond } = layout
  const split = shown.length === 2

  /** Makes a pane the one in use, and (from a key) moves the keyboard into it once it is drawn. */
  const enter = (index: number, withKeyboard: boolean) => {
    const session = sessions[index] as ReaderSession
    registry.focusPane(session.id)
    layout.setActive(index)
    if (withKeyboard)
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-pane="${session.id}"]`)?.focus({ preventScroll: true })
      )
  }
  useShortcut(GLOBAL_SCOPE, PANE_SHORTCUTS.split, () => enter(split ? 1 - active : openSecond(), true))
  useShortcut(GLOBAL_SCOPE, PANE_SHORTCUTS.other, () => (split ? enter(1 - active, true) : false))
  useShortcut(GLOBAL_SCOPE, PANE_SHORTCUTS.swap, () => (split ? layout.swap() : false))
  useShortcut(GLOBAL_SCOPE, PANE_SHORTCUTS.close, () => {
    if (!split) return false
    const kept = shown.find((index) => index !== active) as number
    layout.closeActive()
    enter(kept, true)
  })

  return useMemo<PaneOpeners>(
    () => ({
      here: (target) => sessions[active]?.openTarget(target),
      beside: (target) => {
        const index = openSecond()
        registry.focusPane((sessions[index] as ReaderSession).id)
        sessions[index]?.openTarget(target)
      }
    }),
    [sessions, active, openSecond, registry]
  )
}
