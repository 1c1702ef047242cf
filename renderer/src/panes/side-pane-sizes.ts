// How wide the panes beside the reader are, whatever width the user dragged them to: each is kept
// within its own limits and within a share of the window, so the reader always keeps the larger
// part (at 800 px with both panes open it still sets some 40 Thai characters to a line). Plain
// functions of numbers, so the limits are tested without a window.
import type { SidePane, SidePanes } from '../../../common/model/reader-layout'

export type Side = keyof SidePanes

interface Limits {
  min: number
  max: number
  /** The most of the window's width the pane may take. */
  share: number
  width: number
}

export const SIDE_LIMITS: Readonly<Record<Side, Limits>> = Object.freeze({
  library: { min: 180, max: 560, share: 0.28, width: 320 },
  sidebar: { min: 200, max: 560, share: 0.26, width: 288 }
})

/** Below this window width the sidebar starts collapsed, unless the user opened it. */
export const NARROW_WINDOW = 900

/** A collapsed pane's strip, in CSS pixels (the button that brings the pane back). */
export const STRIP_WIDTH = 32

export const STEP = 16

export const DEFAULT_SIDES: SidePanes = {
  library: { width: SIDE_LIMITS.library.width, collapsed: null },
  sidebar: { width: SIDE_LIMITS.sidebar.width, collapsed: null }
}

/** The widest the pane may be in this window; never below its minimum unless the window is too narrow for it. */
export function maxWidth(side: Side, windowWidth: number): number {
  const { max, share } = SIDE_LIMITS[side]
  return Math.max(0, Math.min(max, Math.floor(windowWidth * share)))
}

export function minWidth(side: Side, windowWidth: number): number {
  return Math.min(SIDE_LIMITS[side].min, maxWidth(side, windowWidth))
}

/** The width the pane is drawn at: the user's width, within the limits of this window. */
export function clampWidth(side: Side, width: number, windowWidth: number): number {
  return Math.round(Math.min(maxWidth(side, windowWidth), Math.max(minWidth(side, windowWidth), width)))
}

/** Collapsed as the user left it; never chosen, the sidebar gives way in a narrow window. */
export function isCollapsed(side: Side, pane: SidePane, windowWidth: number): boolean {
  if (pane.collapsed !== null) return pane.collapsed
  return side === 'sidebar' && windowWidth < NARROW_WINDOW
}

/** The grid column the pane takes. */
export function columnWidth(side: Side, pane: SidePane, windowWidth: number): number {
  return isCollapsed(side, pane, windowWidth) ? STRIP_WIDTH : clampWidth(side, pane.width, windowWidth)
}

/** The width to keep after a drag or a key: what the user sees, so a later wider window starts from it. */
export function keptWidth(side: Side, width: number, windowWidth: number): number {
  const { min, max } = SIDE_LIMITS[side]
  return Math.round(Math.min(max, Math.max(min, clampWidth(side, width, windowWidth))))
}
