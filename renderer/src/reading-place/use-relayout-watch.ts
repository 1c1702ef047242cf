// Tells a pane when its text is laid out again: the pane gets another width (a second pane opens,
// the divider or the window moves) or the reading settings change the font (they are set on the
// root element's style). The words at the top then sit elsewhere in pixels, and the browser's
// scroll anchoring does not always keep them there, so the pane puts them back itself.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

export function useRelayoutWatch(pane: RefObject<HTMLElement | null>, onRelaidOut: () => void): void {
  const latest = useRef(onRelaidOut)
  useLayoutEffect(() => {
    latest.current = onRelaidOut
  })
  useEffect(() => {
    const element = pane.current
    if (!element) return
    let width: number | null = null
    const resized = new ResizeObserver(([entry]) => {
      const now = entry?.contentRect.width ?? 0
      const changed = width !== null && Math.abs(now - width) >= 1
      width = now
      if (changed) latest.current()
    })
    resized.observe(element)
    const restyled = new MutationObserver(() => latest.current())
    restyled.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] })
    return () => {
      resized.disconnect()
      restyled.disconnect()
    }
  }, [pane])
}
