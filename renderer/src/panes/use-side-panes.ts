// The panes beside the reader, as the window draws them now: each one's column width (the user's
// width within this window's limits, or a thin strip when collapsed), and the actions on them.
// The state the user chose is the pane layout's (kept across launches); this adds the window.
// Collapsing the pane the keyboard is in sends the keyboard to the reader, so it is never lost on
// a button that has gone; expanding one takes the keyboard into it.
import { useCallback, useMemo, useSyncExternalStore, type CSSProperties } from 'react'
import type { SidePanes } from '../../../common/model/reader-layout'
import { GLOBAL_SCOPE } from '../keys/keymap-registry'
import { PANE_SHORTCUTS } from '../keys/shortcuts'
import { useShortcut } from '../keys/use-shortcut'
import { clampWidth, columnWidth, isCollapsed, keptWidth, maxWidth, minWidth, type Side } from './side-pane-sizes'
import type { PaneLayout } from './use-pane-layout'

export interface SidePaneView {
  side: Side
  collapsed: boolean
  width: number
  min: number
  max: number
  windowWidth: number
  setWidth: (width: number) => void
  toggle: () => void
}

export interface SidePanesControl {
  library: SidePaneView
  sidebar: SidePaneView
  /** For the app's grid: the columns' widths and which panes are collapsed. */
  gridStyle: CSSProperties
  /** Opens a collapsed pane (a view shown in the library's column opens it). */
  show: (side: Side) => void
}

/** Where the keyboard is when it is "in" a pane (its column's views, its edge). */
const PANE_PARTS: Record<Side, string> = {
  library: '.library, .theme-review, .theme-editor, .passages-view, [data-side-edge="library"]',
  sidebar: '.annotations, [data-side-edge="sidebar"]'
}
/** Where the keyboard goes when a pane opens. */
const PANE_ENTRY: Record<Side, string> = {
  library: '.library-slot:not([hidden]) [role="listbox"], .theme-review, .theme-editor, .passages-view',
  sidebar: '.annotations:not([hidden]) [role="tab"][aria-selected="true"]'
}

const subscribe = (changed: () => void) => {
  window.addEventListener('resize', changed)
  return () => window.removeEventListener('resize', changed)
}
const windowWidthNow = () => window.innerWidth

export function useSidePanes(layout: Pick<PaneLayout, 'sides' | 'setSides' | 'active'>, readerId: string) {
  const { sides, setSides } = layout
  const windowWidth = useSyncExternalStore(subscribe, windowWidthNow)

  const change = useCallback(
    (side: Side, part: Partial<SidePanes[Side]>) => setSides((now) => ({ ...now, [side]: { ...now[side], ...part } })),
    [setSides]
  )
  const toggle = useCallback(
    (side: Side) => {
      const collapsing = !isCollapsed(side, sides[side], window.innerWidth)
      const focused = document.activeElement
      const inPane = focused === document.body || focused?.closest(PANE_PARTS[side])
      change(side, { collapsed: collapsing })
      requestAnimationFrame(() => {
        if (collapsing && inPane)
          document.querySelector<HTMLElement>(`[data-pane="${readerId}"]`)?.focus({ preventScroll: true })
        if (!collapsing) document.querySelector<HTMLElement>(PANE_ENTRY[side])?.focus({ preventScroll: true })
      })
    },
    [sides, change, readerId]
  )
  const show = useCallback(
    (side: Side) => {
      if (isCollapsed(side, sides[side], window.innerWidth)) change(side, { collapsed: false })
    },
    [sides, change]
  )
  useShortcut(GLOBAL_SCOPE, PANE_SHORTCUTS.library, () => toggle('library'))
  useShortcut(GLOBAL_SCOPE, PANE_SHORTCUTS.sidebar, () => toggle('sidebar'))

  return useMemo<SidePanesControl>(() => {
    const view = (side: Side): SidePaneView => ({
      side,
      collapsed: isCollapsed(side, sides[side], windowWidth),
      width: clampWidth(side, sides[side].width, windowWidth),
      min: minWidth(side, windowWidth),
      max: maxWidth(side, windowWidth),
      windowWidth,
      setWidth: (width) => change(side, { width: keptWidth(side, width, windowWidth) }),
      toggle: () => toggle(side)
    })
    const library = view('library')
    const sidebar = view('sidebar')
    const gridStyle = {
      '--library-column': `${columnWidth('library', sides.library, windowWidth)}px`,
      '--sidebar-column': `${columnWidth('sidebar', sides.sidebar, windowWidth)}px`
    } as CSSProperties
    return { library, sidebar, gridStyle, show }
  }, [sides, windowWidth, change, toggle, show])
}
