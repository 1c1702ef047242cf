// How the reader looks, chosen in the Settings dialog and kept in the data folder
// (reading-settings.json): the Thai font, its size and line height, the width of the text, the
// colour theme, and how years are written. Thai stacks vowels and tone marks above and below the
// line, so the line height never goes below 1.4.
import { z } from 'zod'

/** Fonts known to render Thai here: Sarabun is bundled; the others come with the system's Thai
 * fonts (fonts-thai-tlwg, fonts-noto). 'system' leaves the choice to the platform. */
export const READING_FONTS = [
  'Sarabun',
  'Noto Sans Thai',
  'Noto Serif Thai',
  'Loma',
  'Garuda',
  'Norasi',
  'system'
] as const
export type ReadingFont = (typeof READING_FONTS)[number]

/** 'system' follows the platform's light or dark preference, and its changes, as they happen. */
export const COLOR_THEMES = ['system', 'light', 'sepia', 'dark'] as const
export type ColorTheme = (typeof COLOR_THEMES)[number]

export const YEAR_STYLES = ['gregorian', 'buddhist'] as const
export type YearStyle = (typeof YEAR_STYLES)[number]

export const FONT_SIZE_RANGE = { min: 14, max: 28, step: 1 } as const
export const LINE_HEIGHT_RANGE = { min: 1.4, max: 2.4, step: 0.1 } as const
/** The text's width in em of its own size, so a larger font keeps as many words to a line. */
/** The interface's languages (renderer/src/i18n/messages holds one folder of messages each). */
export const INTERFACE_LANGUAGES = ['en', 'th'] as const
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number]

export const READING_WIDTH_RANGE = { min: 28, max: 60, step: 2 } as const

const inRange = (range: { min: number; max: number }, what: string) =>
  z.number().min(range.min, `${what} is at least ${range.min}.`).max(range.max, `${what} is at most ${range.max}.`)

export const readingSettingsSchema = z
  .object({
    font: z.enum(READING_FONTS, { error: `A font is one of ${READING_FONTS.join(', ')}.` }),
    /** Pixels. */
    fontSize: inRange(FONT_SIZE_RANGE, 'The font size').int('The font size is a whole number of pixels.'),
    lineHeight: inRange(LINE_HEIGHT_RANGE, 'The line height'),
    /** Em of the text's size, or 'full': as wide as the reader pane. */
    width: z.union([inRange(READING_WIDTH_RANGE, 'The reading width'), z.literal('full')]),
    theme: z.enum(COLOR_THEMES, { error: `A theme is one of ${COLOR_THEMES.join(', ')}.` }),
    yearStyle: z.enum(YEAR_STYLES, { error: 'Years are "gregorian" or "buddhist".' }),
    /** Optional in the file: settings kept before the interface had a Thai version read as English. */
    language: z.enum(INTERFACE_LANGUAGES, { error: 'The interface language is "en" or "th".' }).default('en')
  })
  .strict()

export type ReadingSettings = z.infer<typeof readingSettingsSchema>

/** Today's reader: 18 px Sarabun at 1.9, about 37 em wide (42rem at 18 px), following the system. */
export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  font: 'Sarabun',
  fontSize: 18,
  lineHeight: 1.9,
  width: 38,
  theme: 'system',
  yearStyle: 'gregorian',
  language: 'en'
}
