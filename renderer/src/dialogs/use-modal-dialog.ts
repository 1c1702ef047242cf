// A native <dialog> shown as a modal for as long as its component is mounted: the browser traps
// focus in it and makes the page behind inert; focus moves to its [data-autofocus] element, and
// back to whatever had it before once the dialog goes.
import { useEffect, useRef, type RefObject } from 'react'

export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const opener = document.activeElement
    const own = dialog.current
    if (own && !own.open) own.showModal()
    own?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    return () => {
      if (own?.open) own.close()
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])
  return dialog
}
