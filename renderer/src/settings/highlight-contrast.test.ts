// Every theme keeps the highlights readable and apart: the text on each highlight colour (laid
// over the theme's paper, alone or over another) has a WCAG contrast of at least 4.5:1, and any
// two colours differ at a glance (ΔE ≥ 10). The values are theme-palettes.ts's, which the app
// sets on <html> as it paints (reader-style.ts), so the test reads what the user sees.
import { describe, expect, it } from 'vitest'
import { HIGHLIGHT_COLORS } from '../../../common/model/highlight-colors'
import { colorDifference, composite, contrastRatio, parseHex } from './color-contrast'
import { paletteProperties, PALETTE_KEYS, rgbaText, THEME_NAMES, THEME_PALETTES } from './theme-palettes'

describe.each(THEME_NAMES)('the %s theme', (theme) => {
  const palette = THEME_PALETTES[theme]
  const paper = parseHex(palette.colors.paper)
  const ink = parseHex(palette.colors.ink)
  const washes = HIGHLIGHT_COLORS.map((color) => [color, composite(palette.highlights[color], paper)] as const)

  it('sets every colour and highlight the stylesheets use', () => {
    const properties = new Map(paletteProperties(theme))
    for (const key of PALETTE_KEYS) expect(properties.get(`--${key}`), key).toBe(palette.colors[key])
    for (const color of HIGHLIGHT_COLORS)
      expect(properties.get(`--hl-${color}`), color).toBe(rgbaText(palette.highlights[color]))
  })

  it('keeps the text readable: ink on paper 7:1, muted text 4.5:1 on paper and panel', () => {
    expect(contrastRatio(ink, paper)).toBeGreaterThanOrEqual(7)
    const muted = parseHex(palette.colors.muted)
    expect(contrastRatio(muted, paper)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(muted, parseHex(palette.colors.panel))).toBeGreaterThanOrEqual(4.5)
    expect(
      contrastRatio(parseHex(palette.colors['on-accent']), parseHex(palette.colors.accent))
    ).toBeGreaterThanOrEqual(4.5)
  })

  it.each(HIGHLIGHT_COLORS)('keeps text on %s at 4.5:1 or more, alone and over any other highlight', (color) => {
    const alone = composite(palette.highlights[color], paper)
    expect(contrastRatio(ink, alone)).toBeGreaterThanOrEqual(4.5)
    for (const under of HIGHLIGHT_COLORS) {
      const overlap = composite(palette.highlights[color], composite(palette.highlights[under], paper))
      expect(contrastRatio(ink, overlap), `${color} over ${under}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('keeps every two highlight colours apart (ΔE ≥ 10) and each apart from the paper', () => {
    for (const [i, [a, washA]] of washes.entries()) {
      expect(colorDifference(washA, paper), `${a} on paper`).toBeGreaterThanOrEqual(10)
      for (const [b, washB] of washes.slice(i + 1)) {
        expect(colorDifference(washA, washB), `${a} and ${b}`).toBeGreaterThanOrEqual(10)
      }
    }
  })
})

describe('the contrast arithmetic', () => {
  it('gives WCAG’s known values', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5)
    expect(contrastRatio([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 2)
    expect(composite([255, 0, 0, 0.5], [0, 0, 255])).toEqual([127.5, 0, 127.5])
    expect(colorDifference([255, 255, 255], [255, 255, 255])).toBe(0)
  })
})
