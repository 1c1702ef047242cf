// Makes an element a reader pane for the keymap: its shortcuts apply while focus is in it, or was
// last in it. A pointer press counts too: clicking a pane's text that takes no focus (a heading)
// still means "this pane" to the user.
import { useEffect } from 'react'
import { useKeymap } from './KeymapProvider'

/** Spread the returned handlers on the pane's outermost element. */
export function usePaneFocus(paneId: string) {
  const registry = useKeymap()
  useEffect(() => registry.addPane(paneId), [registry, paneId])
  const enter = () => registry.focusPane(paneId)
  return { onFocus: enter, onPointerDown: enter }
}
