// A shortcut's keys as text for the interface that names them ("Search … (Ctrl+K)"), following the
// user's own keys as they change: a hint naming Ctrl+K after the user moved search to Ctrl+J would
// send them to a key that no longer works.
import { useSyncExternalStore } from 'react'
import { useKeymap } from '../keys/KeymapProvider'
import type { ShortcutDefinition } from '../keys/keymap-registry'
import { detectPlatform, formatCombo } from './format-keys'

const platform = detectPlatform(navigator.userAgent)

/** The first of the shortcut's keys as the user types it on this platform ('Ctrl+K', '⌘K'). */
export function useKeysText(definition: ShortcutDefinition): string {
  const registry = useKeymap()
  const first = useSyncExternalStore(
    (listener) => registry.onKeysChange(listener),
    () => registry.keysOf(definition)[0] ?? ''
  )
  return first ? formatCombo(first, platform).text : ''
}
