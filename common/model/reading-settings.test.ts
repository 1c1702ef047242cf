// The reading settings' schema: what a saved file or the API may hold, and what it refuses.
import { describe, expect, it } from 'vitest'
import { DEFAULT_READING_SETTINGS, readingSettingsSchema } from './reading-settings'

const parse = (change: Record<string, unknown>) =>
  readingSettingsSchema.safeParse({ ...DEFAULT_READING_SETTINGS, ...change })

describe('the reading settings schema', () => {
  it('accepts the defaults (Sarabun, following the system theme) and a full-width reader', () => {
    expect(DEFAULT_READING_SETTINGS).toMatchObject({ font: 'Sarabun', theme: 'system' })
    expect(parse({}).success).toBe(true)
    expect(parse({ width: 'full', theme: 'sepia', font: 'system', yearStyle: 'buddhist' }).success).toBe(true)
  })

  it.each([
    [{ fontSize: 13 }, 'The font size is at least 14.'],
    [{ fontSize: 18.5 }, 'The font size is a whole number of pixels.'],
    [{ lineHeight: 1.2 }, 'The line height is at least 1.4.'],
    [{ width: 80 }, 'The reading width is at most 60.'],
    [{ font: 'Comic Sans' }, 'A font is one of'],
    [{ theme: 'neon' }, 'A theme is one of']
  ])('refuses %o with a sentence a person can act on', (change, message) => {
    const result = parse(change)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message).join(' ')).toContain(message)
  })

  it('refuses a field it does not know', () => {
    expect(parse({ colour: 'red' }).success).toBe(false)
  })
})
