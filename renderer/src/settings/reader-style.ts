// Reading settings made visible: the theme's palette and `data-theme` on <html>, and the reader's
// type as --reader-* custom properties that themes.css gives the page and its text. Set through
// the CSSOM (the CSP forbids inline style attributes and <style>, not this).
import type { ColorTheme, ReadingFont, ReadingSettings } from '../../../common/model/reading-settings'
import { paletteProperties, type ThemeName } from './theme-palettes'

/** The bundled Sarabun stands in for a font the system does not have. */
export function fontStack(font: ReadingFont): string {
  if (font === 'system') return 'system-ui, sans-serif'
  if (font === 'Sarabun') return 'var(--font-thai)'
  return `'${font}', 'Sarabun', sans-serif`
}

/** The page's widest: the text's measure in em of its own size, plus the page's padding. */
export function measure({ width, fontSize }: Pick<ReadingSettings, 'width' | 'fontSize'>): string {
  return width === 'full' ? 'none' : `calc(${width * fontSize}px + 4rem)`
}

export function resolveTheme(theme: ColorTheme, systemDark: boolean): ThemeName {
  if (theme === 'system') return systemDark ? 'dark' : 'light'
  return theme
}

/** The custom properties the settings set, name and value. */
export function readerProperties(settings: ReadingSettings): Array<[string, string]> {
  return [
    ['--reader-font', fontStack(settings.font)],
    ['--reader-font-size', `${settings.fontSize}px`],
    ['--reader-line-height', String(settings.lineHeight)],
    ['--reader-measure', measure(settings)]
  ]
}

export function applyReadingStyle(settings: ReadingSettings, systemDark: boolean, root = document.documentElement) {
  const theme = resolveTheme(settings.theme, systemDark)
  root.dataset.theme = theme
  for (const [name, value] of [...paletteProperties(theme), ...readerProperties(settings)])
    root.style.setProperty(name, value)
}
