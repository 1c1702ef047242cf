// Bidirectional control characters reorder the text around them: a file name or title ending in
// RIGHT-TO-LEFT OVERRIDE + "evil" displays as "live", and can drag a label's punctuation and the
// UI text after it along. Crossread stores every character exactly as the file has it, and shows
// each control as a small visible marker whose effect is contained (see bidi.css).
// The app's instance, set up by i18n/i18n.ts (imported by main.tsx): plain i18next here keeps this
// module free of Vite's glob, so a test or a benchmark page can use it without the messages.
import i18next from 'i18next'

/** Each control's abbreviation (what the marker shows) and its Unicode name (its tooltip: the
 * standard's English name in every interface language, as the user would look it up). */
export const BIDI_CONTROLS: ReadonlyMap<string, { abbr: string; name: string }> = new Map([
  ['\u202A', { abbr: 'LRE', name: 'left-to-right embedding' }],
  ['\u202B', { abbr: 'RLE', name: 'right-to-left embedding' }],
  ['\u202C', { abbr: 'PDF', name: 'pop directional formatting' }],
  ['\u202D', { abbr: 'LRO', name: 'left-to-right override' }],
  ['\u202E', { abbr: 'RLO', name: 'right-to-left override' }],
  ['\u2066', { abbr: 'LRI', name: 'left-to-right isolate' }],
  ['\u2067', { abbr: 'RLI', name: 'right-to-left isolate' }],
  ['\u2068', { abbr: 'FSI', name: 'first strong isolate' }],
  ['\u2069', { abbr: 'PDI', name: 'pop directional isolate' }],
  ['\u200E', { abbr: 'LRM', name: 'left-to-right mark' }],
  ['\u200F', { abbr: 'RLM', name: 'right-to-left mark' }],
  ['\u061C', { abbr: 'ALM', name: 'Arabic letter mark' }]
])

const CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

export interface ControlInfo {
  abbr: string
  name: string
  /** What it is, and that it is shown rather than applied. */
  tooltip: string
}

export type TextPiece = { text: string; control?: undefined } | { text: string; control: ControlInfo }

/** Every control in `text`, in order, with its offset. */
export function controlsIn(text: string): (ControlInfo & { offset: number; char: string })[] {
  return [...text.matchAll(CONTROL)].map((match) => ({ offset: match.index, char: match[0], ...describe(match[0]) }))
}

function describe(char: string): ControlInfo {
  const { abbr, name } = BIDI_CONTROLS.get(char) ?? { abbr: '?', name: i18next.t('reader:bidi.unknown') }
  const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
  return { abbr, name, tooltip: i18next.t('reader:bidi.tooltip', { code, name }) }
}

/**
 * `text` cut at its controls: runs of plain text, and each control on its own (its `text` is the
 * control itself, so the pieces join back to exactly `text`). No controls: one piece, no copy.
 */
export function splitAtControls(text: string): TextPiece[] {
  const controls = controlsIn(text)
  if (controls.length === 0) return text === '' ? [] : [{ text }]
  const pieces: TextPiece[] = []
  let at = 0
  for (const { offset, char, ...control } of controls) {
    if (offset > at) pieces.push({ text: text.slice(at, offset) })
    pieces.push({ text: char, control })
    at = offset + char.length
  }
  if (at < text.length) pieces.push({ text: text.slice(at) })
  return pieces
}

// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms).
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/

/**
 * For places that take only a string (tooltips, `<option>` labels): each control replaced by
 * `⟨RLO⟩`. A label that had controls or right-to-left letters is also wrapped in FIRST STRONG
 * ISOLATE … POP DIRECTIONAL ISOLATE, so it keeps its own direction without reordering what comes
 * after it (an option's count); others are returned as they are, so they still match by label.
 */
export function plainLabel(text: string): string {
  const shown = text.replace(CONTROL, (char) => `⟨${BIDI_CONTROLS.get(char)?.abbr ?? '?'}⟩`)
  return shown === text && !RTL_LETTER.test(text) ? text : `\u2068${shown}\u2069`
}
