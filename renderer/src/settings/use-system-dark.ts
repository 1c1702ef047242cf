// Whether the system asks for dark colours now, followed live: the 'system' theme changes with
// the platform's setting (or the time of day, where the platform switches it) without a restart.
import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-color-scheme: dark)'

const media = () => (typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null)

export function systemPrefersDark(): boolean {
  return media()?.matches ?? false
}

function subscribe(onChange: () => void): () => void {
  const list = media()
  list?.addEventListener('change', onChange)
  return () => list?.removeEventListener('change', onChange)
}

export function useSystemDark(): boolean {
  return useSyncExternalStore(subscribe, systemPrefersDark)
}
