// A view shown in the library's place (theme review, theme editor, passages): the keyboard moves
// into it when it opens (unless something in it has the focus already) and back to what opened
// it when it closes, unless the focus went elsewhere meanwhile (a search closed it: the search
// box keeps the focus).
import { useEffect, type RefObject } from 'react'

export function useFocusReturn(section: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const opener = document.activeElement
    const own = section.current
    if (!own?.contains(document.activeElement)) own?.focus()
    return () => {
      const lost = document.activeElement === document.body || own?.contains(document.activeElement)
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [section])
}
