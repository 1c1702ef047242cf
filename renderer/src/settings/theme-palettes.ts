// The colour themes' palettes, as values: reader-style.ts sets them on <html> as the custom
// properties the stylesheets use (--paper, --ink, --hl-yellow…), so the values the app paints are
// these, and highlight-contrast.test.ts checks them: every highlight keeps its text readable
// (WCAG 4.5:1) and apart from the other colours, in every theme. (A palette kept in a stylesheet
// could not be read by the test: Vitest loads CSS as empty, and the CSP forbids inline <style>.)
import type { HighlightColor } from '../../../common/model/highlight-colors'

export const THEME_NAMES = ['light', 'sepia', 'dark'] as const
export type ThemeName = (typeof THEME_NAMES)[number]

/** An opaque colour '#rrggbb', or a highlight's translucent wash [r, g, b, alpha]. */
export type Rgba = readonly [number, number, number, number]

export interface ThemePalette {
  /** The custom properties themes.css sets, by name without the leading '--'. */
  colors: Readonly<Record<(typeof PALETTE_KEYS)[number], string>>
  /** Translucent, so overlapping highlights deepen instead of hiding each other. */
  highlights: Readonly<Record<HighlightColor, Rgba>>
}

export const PALETTE_KEYS = [
  'paper',
  'panel',
  'ink',
  'muted',
  'rule',
  'accent',
  'accent-soft',
  'on-accent',
  'danger',
  'danger-soft',
  'danger-rule',
  'hover',
  'raised',
  'notice',
  'notice-rule',
  'note-ink',
  'warn'
] as const

export const THEME_PALETTES: Readonly<Record<ThemeName, ThemePalette>> = {
  // Warm paper, as the reader has always been.
  light: {
    colors: {
      paper: '#f7f5f0',
      panel: '#efece4',
      ink: '#24211c',
      muted: '#6b655a',
      rule: '#dcd6c8',
      accent: '#2f5d62',
      'accent-soft': '#dbe7e4',
      'on-accent': '#ffffff',
      danger: '#9b2c2c',
      'danger-soft': '#f6e3e0',
      'danger-rule': '#e2b8b1',
      hover: '#e7e3d8',
      raised: '#fffdf8',
      notice: '#fbf1d9',
      'notice-rule': '#d9a527',
      'note-ink': '#3b372f',
      warn: '#8a5a00'
    },
    highlights: {
      yellow: [250, 204, 21, 0.38],
      green: [74, 176, 96, 0.3],
      blue: [66, 133, 214, 0.26],
      pink: [232, 95, 150, 0.28],
      purple: [139, 92, 196, 0.26],
      orange: [240, 138, 36, 0.32]
    }
  },
  // Older paper and browner ink: less glare under a lamp.
  sepia: {
    colors: {
      paper: '#f4ecd8',
      panel: '#ebe1c9',
      ink: '#3a2f22',
      muted: '#6a5b46',
      rule: '#d9cbab',
      accent: '#2f5d62',
      'accent-soft': '#d7e0d2',
      'on-accent': '#ffffff',
      danger: '#922a2a',
      'danger-soft': '#f3ddd3',
      'danger-rule': '#dfb2a5',
      hover: '#e4d8bc',
      raised: '#faf4e6',
      notice: '#f6e6bf',
      'notice-rule': '#c9962a',
      'note-ink': '#4a3d2d',
      warn: '#7f5300'
    },
    highlights: {
      yellow: [250, 204, 21, 0.38],
      green: [74, 176, 96, 0.3],
      blue: [66, 133, 214, 0.28],
      pink: [232, 95, 150, 0.28],
      purple: [139, 92, 196, 0.28],
      orange: [240, 138, 36, 0.34]
    }
  },
  // Warm grey, never black, with light ink; highlights stronger, as a wash fades on dark paper.
  dark: {
    colors: {
      paper: '#1d1c1a',
      panel: '#262521',
      ink: '#e6e1d6',
      muted: '#a9a294',
      rule: '#3d3a34',
      accent: '#86bcb6',
      'accent-soft': '#263b3b',
      'on-accent': '#10201f',
      danger: '#f0a093',
      'danger-soft': '#3d2624',
      'danger-rule': '#6b3b35',
      hover: '#302e29',
      raised: '#2b2925',
      notice: '#3a3220',
      'notice-rule': '#b8902a',
      'note-ink': '#d2ccbf',
      warn: '#e0b24d'
    },
    highlights: {
      yellow: [176, 146, 30, 0.34],
      green: [80, 170, 100, 0.32],
      blue: [80, 140, 224, 0.36],
      pink: [222, 96, 150, 0.34],
      purple: [150, 108, 216, 0.38],
      orange: [214, 118, 40, 0.34]
    }
  }
}

/** A highlight's wash as CSS writes it. */
export const rgbaText = ([r, g, b, a]: Rgba): string => `rgba(${r}, ${g}, ${b}, ${a})`

/** The theme's custom properties, name and value: '--paper', '--hl-yellow'… */
export function paletteProperties(theme: ThemeName): Array<[string, string]> {
  const { colors, highlights } = THEME_PALETTES[theme]
  return [
    ...PALETTE_KEYS.map((key): [string, string] => [`--${key}`, colors[key]]),
    ...Object.entries(highlights).map(([color, wash]): [string, string] => [`--hl-${color}`, rgbaText(wash)])
  ]
}
