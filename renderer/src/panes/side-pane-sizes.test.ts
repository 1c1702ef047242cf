import { describe, expect, it } from 'vitest'
import { readerLayoutSchema } from '../../../common/model/reader-layout'
import {
  DEFAULT_SIDES,
  STRIP_WIDTH,
  clampWidth,
  columnWidth,
  isCollapsed,
  keptWidth,
  maxWidth,
  minWidth,
  type Side
} from './side-pane-sizes'

describe('the side panes’ widths', () => {
  it.each<[Side, number, number, number]>([
    // side, width asked for, window width, width drawn
    ['library', 320, 1600, 320],
    ['library', 320, 1024, 286], // 28 % of the window
    ['library', 320, 800, 224],
    ['library', 100, 1600, 180], // never below its minimum
    ['library', 2000, 2400, 560], // nor above its maximum
    ['library', 320, 500, 140], // a window too narrow for the minimum: the reader comes first
    ['sidebar', 288, 1600, 288],
    ['sidebar', 288, 1024, 266],
    ['sidebar', 288, 800, 208],
    ['sidebar', 150, 1600, 200]
  ])('%s at %i px in a %i px window is drawn %i px wide', (side, width, windowWidth, drawn) => {
    expect(clampWidth(side, width, windowWidth)).toBe(drawn)
  })

  it('leaves the reader wider than either side pane, both open, from 800 px up', () => {
    for (const windowWidth of [800, 900, 1024, 1280, 1600]) {
      const library = clampWidth('library', 10_000, windowWidth)
      const sidebar = clampWidth('sidebar', 10_000, windowWidth)
      const reader = windowWidth - library - sidebar
      expect(reader).toBeGreaterThan(Math.max(library, sidebar))
    }
  })

  it('keeps the limits in order for the divider (min ≤ max) in any window', () => {
    for (const windowWidth of [0, 300, 640, 800, 1024, 4000])
      for (const side of ['library', 'sidebar'] as const)
        expect(minWidth(side, windowWidth)).toBeLessThanOrEqual(maxWidth(side, windowWidth))
  })

  it('keeps a width the layout file accepts, whatever the window', () => {
    for (const [width, windowWidth] of [
      [0, 500],
      [5000, 5000],
      [300, 800]
    ] as const) {
      const kept = keptWidth('library', width, windowWidth)
      const sides = { ...DEFAULT_SIDES, library: { width: kept, collapsed: false } }
      const layout = { panes: [{ articleId: null, readTo: 0 }], divider: 0.5, active: 0, sides }
      expect(readerLayoutSchema.safeParse(layout).success).toBe(true)
    }
  })
})

describe('collapsed side panes', () => {
  it.each<[Side, boolean | null, number, boolean]>([
    ['sidebar', null, 1600, false],
    ['sidebar', null, 899, true], // a narrow window: the sidebar gives way …
    ['sidebar', false, 800, false], // … unless the user opened it
    ['sidebar', true, 1600, true],
    ['library', null, 800, false], // the library stays: it is how articles are opened
    ['library', true, 1600, true]
  ])('%s, chosen %s, in a %i px window: collapsed %s', (side, collapsed, windowWidth, expected) => {
    expect(isCollapsed(side, { width: 300, collapsed }, windowWidth)).toBe(expected)
  })

  it('takes only a strip of the grid when collapsed', () => {
    expect(columnWidth('sidebar', { width: 300, collapsed: null }, 800)).toBe(STRIP_WIDTH)
    expect(columnWidth('sidebar', { width: 300, collapsed: null }, 1600)).toBe(300)
  })
})
