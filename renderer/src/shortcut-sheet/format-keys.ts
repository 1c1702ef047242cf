// Key combos as the user types them on this platform: 'Mod+Shift+E' is Ctrl+Shift+E on Linux and
// Windows and ⇧⌘E on macOS (key-combo.ts takes Ctrl or Cmd for 'Mod' everywhere; the sheet names
// the one the platform's users expect). An optional Shift ('Shift?') is left out: H is typed as H.
// A physical key ('code:Backslash') is shown as the character it has on a US layout.
import { parseCombo } from '../keys/key-combo'

export type Platform = 'mac' | 'other'

/** One combo, ready to show: each key in its own <kbd>, joined by `joiner`. */
export interface KeyChord {
  keys: string[]
  /** '+' between keys (Ctrl+K), '' on macOS (⇧⌘E). */
  joiner: string
  /** The whole chord as one string, for filtering and for screen readers. */
  text: string
}

const NAMED_KEYS: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  ' ': 'Space',
  Backslash: '\\',
  Comma: ',',
  Slash: '/'
}

function keyName(key: string | null, code: string | null): string {
  const name = key ?? code ?? ''
  if (NAMED_KEYS[name]) return NAMED_KEYS[name]
  const physical = /^(?:Key|Digit)(.)$/.exec(name)
  if (physical) return physical[1] as string
  return name.length === 1 ? name.toUpperCase() : name
}

export function detectPlatform(userAgent: string): Platform {
  return /Mac/.test(userAgent) ? 'mac' : 'other'
}

export function formatCombo(text: string, platform: Platform): KeyChord {
  const combo = parseCombo(text)
  const mac = platform === 'mac'
  // macOS writes its modifiers in the order ⌥⇧⌘; elsewhere Ctrl+Alt+Shift.
  const modifiers = mac
    ? [combo.alt === 'down' && '⌥', combo.shift === 'down' && '⇧', combo.mod === 'down' && '⌘']
    : [combo.mod === 'down' && 'Ctrl', combo.alt === 'down' && 'Alt', combo.shift === 'down' && 'Shift']
  const keys = [...modifiers.filter((name): name is string => name !== false), keyName(combo.key, combo.code)]
  const joiner = mac ? '' : '+'
  return { keys, joiner, text: keys.join(joiner) }
}

/**
 * A shortcut's combos as chords: those that look the same (Ctrl+F by key and by physical key) once,
 * and a run of three or more digits with the same modifiers as one range (1–6).
 */
export function formatKeys(combos: readonly string[], platform: Platform): KeyChord[] {
  const chords: KeyChord[] = []
  for (const chord of combos.map((combo) => formatCombo(combo, platform)))
    if (!chords.some((shown) => shown.text === chord.text)) chords.push(chord)
  return joinDigitRuns(chords)
}

const lastDigit = (chord: KeyChord) => {
  const key = chord.keys.at(-1) ?? ''
  return /^\d$/.test(key) ? Number(key) : null
}
const modifiersOf = (chord: KeyChord) => chord.keys.slice(0, -1).join(' ')

function joinDigitRuns(chords: KeyChord[]): KeyChord[] {
  const out: KeyChord[] = []
  for (let start = 0; start < chords.length;) {
    let end = start
    const first = lastDigit(chords[start] as KeyChord)
    while (
      first !== null &&
      end + 1 < chords.length &&
      lastDigit(chords[end + 1] as KeyChord) === first + (end + 1 - start) &&
      modifiersOf(chords[end + 1] as KeyChord) === modifiersOf(chords[start] as KeyChord)
    )
      end++
    if (end - start >= 2) {
      const from = chords[start] as KeyChord
      const to = chords[end] as KeyChord
      const keys = [...from.keys.slice(0, -1), `${from.keys.at(-1)}–${to.keys.at(-1)}`]
      out.push({ keys, joiner: from.joiner, text: keys.join(from.joiner) })
    } else out.push(...chords.slice(start, end + 1))
    start = end + 1
  }
  return out
}
