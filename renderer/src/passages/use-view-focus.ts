// Where the keyboard is while the view is open: in the view when it opens (on its list once it
// has rows), and back on what opened it (a tag's count, say) when it closes.
import { useEffect, type RefObject } from 'react'

export function useViewFocus(
  section: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  hasRows: boolean
): void {
  useEffect(() => {
    const opener = document.activeElement
    const own = section.current
    own?.focus()
    return () => {
      // Not when the focus went elsewhere (closed by a search: the search box keeps it).
      const lost = document.activeElement === document.body || own?.contains(document.activeElement)
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [section])
  useEffect(() => {
    if (hasRows && document.activeElement === section.current) list.current?.focus()
  }, [hasRows, section, list])
}
