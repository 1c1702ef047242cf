// Binding a shortcut to a component for as long as it is mounted. The handler may change on every
// render (it sees the latest state); the registration changes only with the scope or definition,
// so pass definitions that are constants (shortcuts.ts), not objects made while rendering.
import { useEffect, useEffectEvent } from 'react'
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
  useEffect(
    () => registry.register({ ...definition, scope, run: (input) => onKey(input) }),
    [registry, scope, definition]
  )
}
