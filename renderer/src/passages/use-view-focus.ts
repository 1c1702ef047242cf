// Where the keyboard is while the view is open: in the view when it opens (on its list once it
// has rows), and back on what opened it (a tag's count, say) when it closes.
import { useEffect, type RefObject } from 'react'
import { useFocusReturn } from '../keys/use-focus-return'

export function useViewFocus(
  section: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  hasRows: boolean
): void {
  useFocusReturn(section)
  useEffect(() => {
    if (hasRows && document.activeElement === section.current) list.current?.focus()
  }, [hasRows, section, list])
}
