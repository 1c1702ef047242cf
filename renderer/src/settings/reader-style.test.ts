// What the settings set on the page: the font stack (Sarabun behind every other font, as it is
// bundled), the measure (the text's em at its own size, plus the page's padding), the theme.
import { describe, expect, it } from 'vitest'
import { DEFAULT_READING_SETTINGS } from '../../../common/model/reading-settings'
import { fontStack, measure, readerProperties, resolveTheme } from './reader-style'
import { readHint } from './reading-settings-hint'

describe('the reader’s style', () => {
  it('puts the bundled Sarabun behind a font the system may lack', () => {
    expect(fontStack('Noto Serif Thai')).toBe("'Noto Serif Thai', 'Sarabun', sans-serif")
    expect(fontStack('Sarabun')).toBe('var(--font-thai)')
    expect(fontStack('system')).toBe('system-ui, sans-serif')
  })

  it('measures the line in em of the text’s own size, or not at all for the full width', () => {
    expect(measure({ width: 38, fontSize: 18 })).toBe('calc(684px + 4rem)')
    expect(measure({ width: 38, fontSize: 24 })).toBe('calc(912px + 4rem)')
    expect(measure({ width: 'full', fontSize: 24 })).toBe('none')
  })

  it('follows the system only when asked to', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('sepia', true)).toBe('sepia')
  })

  it('sets the size, line height and measure as custom properties', () => {
    expect(Object.fromEntries(readerProperties({ ...DEFAULT_READING_SETTINGS, fontSize: 20 }))).toMatchObject({
      '--reader-font-size': '20px',
      '--reader-line-height': '1.9',
      '--reader-measure': 'calc(760px + 4rem)'
    })
  })
})

describe('the browser’s hint of the last settings', () => {
  const storage = (value: string | null) => ({ getItem: () => value })
  it('is read back when whole, and the defaults otherwise', () => {
    const dark = { ...DEFAULT_READING_SETTINGS, theme: 'dark' }
    expect(readHint(storage(JSON.stringify(dark)))).toEqual(dark)
    expect(readHint(storage('{"theme": "dark"'))).toEqual(DEFAULT_READING_SETTINGS)
    expect(readHint(storage(JSON.stringify({ ...dark, fontSize: 400 })))).toEqual(DEFAULT_READING_SETTINGS)
    expect(readHint(storage(null))).toEqual(DEFAULT_READING_SETTINGS)
  })
})
