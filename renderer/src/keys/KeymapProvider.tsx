// Puts one KeymapRegistry under the app and feeds it window's keys: one listener for every shortcut,
// where there used to be one per component. It listens in the bubbling phase on window, after the
// elements' own handlers (a list's arrows, a form's Esc), so an element that stops a key keeps it,
// as the find bar does with Esc.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { KeymapRegistry } from './keymap-registry'

const Keymap = createContext<KeymapRegistry | null>(null)

/** Keys typed into a field are text, not shortcuts (unless a shortcut says otherwise). */
export const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'))

export function KeymapProvider({ children }: { children: ReactNode }) {
  // One per app root, not a module-level instance: a test or a second window gets its own.
  const [registry] = useState(() => new KeymapRegistry())
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (registry.dispatch({ ...pickKeys(event), typing: isTextEntry(event.target) })) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [registry])
  return <Keymap.Provider value={registry}>{children}</Keymap.Provider>
}

const pickKeys = ({ key, code, ctrlKey, metaKey, altKey, shiftKey }: KeyboardEvent) => ({
  key,
  code,
  ctrlKey,
  metaKey,
  altKey,
  shiftKey
})

/** The app's registry: register with useShortcut; `list()` gives the shortcut sheet its rows. */
export function useKeymap(): KeymapRegistry {
  const registry = useContext(Keymap)
  if (!registry) throw new Error('useKeymap needs a KeymapProvider above it')
  return registry
}
