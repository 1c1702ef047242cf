// Binding a shortcut to a component for as long as it is mounted. The handler may change on every
// render (it sees the latest state); the registration changes only with the scope or definition,
// so pass definitions that are constants (shortcuts.ts), not objects made while rendering.
// Registered before the frame is painted (a layout effect): a key pressed as soon as a view shows
// (Ctrl+F the moment an article appears) finds its shortcut there.
import { useEffectEvent, useLayoutEffect } from 'react'
import type { KeyInput } from './key-combo'
import { useKeymap } from './KeymapProvider'
import type { ShortcutDefinition } from './keymap-registry'

export function useShortcut(
  scope: string,
  definition: ShortcutDefinition,
  run: (input: KeyInput) => boolean | void
): void {
  const registry = useKeymap()
  const onKey = useEffectEvent(run)
  useLayoutEffect(
    () => registry.register({ ...definition, scope, run: (input) => onKey(input) }),
    [registry, scope, definition]
  )
}
