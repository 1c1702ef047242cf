// The selected link's connector: one curve from its passage in the left pane to its passage in the
// right, redrawn as either pane scrolls or the window resizes. Only the selected link's, never one
// per link: drawn for all, links make a hairball. An end scrolled out of its pane is pinned to the
// pane's edge and the curve dashed, so the user sees which way to scroll.
import { useEffect, useState, type RefObject } from 'react'
import { useLinks } from '../links/links-context'

interface Curve {
  d: string
  /** An end lies outside its pane's visible part. */
  offscreen: boolean
}

export function LinkConnector({ row }: { row: RefObject<HTMLDivElement | null> }) {
  const selected = useLinks()?.selected ?? null
  // Tagged with the link drawn, so a curve left from another selection is never shown.
  const [drawn, setDrawn] = useState<{ linkId: string; curve: Curve | null } | null>(null)
  useEffect(() => {
    const panes = row.current
    if (!panes || !selected) return
    let frame = 0
    const draw = () => {
      frame = 0
      setDrawn({ linkId: selected, curve: connectorCurve(panes, selected) })
    }
    const schedule = () => void (frame ||= requestAnimationFrame(draw))
    schedule()
    // Scrolls do not bubble: caught on the way down. Badges come and go as the text is decorated.
    panes.addEventListener('scroll', schedule, true)
    window.addEventListener('resize', schedule)
    const changes = new MutationObserver(schedule)
    changes.observe(panes, { subtree: true, childList: true })
    return () => {
      cancelAnimationFrame(frame)
      panes.removeEventListener('scroll', schedule, true)
      window.removeEventListener('resize', schedule)
      changes.disconnect()
    }
  }, [row, selected])
  const curve = drawn?.linkId === selected ? drawn.curve : null
  if (!curve) return null
  return (
    <svg className="link-connector" aria-hidden="true" data-offscreen={curve.offscreen || undefined}>
      <path d={curve.d} />
    </svg>
  )
}

function connectorCurve(panes: HTMLElement, linkId: string): Curve | null {
  const readers = [...panes.querySelectorAll<HTMLElement>('.reader')]
  if (readers.length !== 2) return null
  readers.sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
  const [left, right] = readers.map((reader) => endIn(reader, linkId))
  if (!left || !right) return null
  const box = panes.getBoundingClientRect()
  const from = { x: left.line.right - box.left, y: left.y - box.top }
  const to = { x: right.line.left - box.left, y: right.y - box.top }
  const bend = Math.max(40, (to.x - from.x) / 2)
  return {
    d: `M ${from.x} ${from.y} C ${from.x + bend} ${from.y}, ${to.x - bend} ${to.y}, ${to.x} ${to.y}`,
    offscreen: left.offscreen || right.offscreen
  }
}

/** Where the link's passage is in a pane: its first line, and the height to draw at (kept inside the pane). */
function endIn(reader: HTMLElement, linkId: string) {
  const passage = reader.querySelector(`.link-${CSS.escape(linkId)}`)
  const line = passage?.getClientRects()[0]
  if (!line) return null
  const pane = reader.getBoundingClientRect()
  const middle = line.top + line.height / 2
  const y = Math.min(pane.bottom - 8, Math.max(pane.top + 8, middle))
  return { line, y, offscreen: y !== middle }
}
