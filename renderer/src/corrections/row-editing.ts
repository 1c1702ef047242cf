// Whether the library's rows offer their outlet and date for correction in place: while the list is
// filtered to "Needs a look", so the researcher fixes one after another from the keyboard. The
// filters own the choice and the rows read it; the list between them need not carry it.
import { useSyncExternalStore } from 'react'

let editing = false
const listeners = new Set<() => void>()

export function setRowEditing(on: boolean): void {
  if (on === editing) return
  editing = on
  for (const listener of listeners) listener()
}

export function useRowEditing(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => editing
  )
}
