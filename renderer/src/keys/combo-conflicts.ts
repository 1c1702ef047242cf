// Whether two combos could answer one key press, whichever way each names its key: the defaults
// write some keys twice (Mod+F by character, Mod+code:KeyF by place) and the shortcut sheet records
// a changed key by place, so 'Mod+code:KeyK' must clash with 'Mod+Shift?+K'. A physical key is
// compared as the character it types on a US layout, then combosOverlap decides.
import { combosOverlap, parseCombo, type KeyCombo } from './key-combo'

const PUNCTUATION: Record<string, string> = {
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  BracketLeft: '[',
  BracketRight: ']',
  Minus: '-',
  Equal: '=',
  Backquote: '`'
}

function byCharacter(combo: KeyCombo): KeyCombo {
  if (!combo.code) return combo
  const letter = /^(?:Key|Digit)(.)$/.exec(combo.code)?.[1]
  const key = letter ? letter.toLowerCase() : PUNCTUATION[combo.code]
  return key ? { ...combo, key, code: null } : combo
}

/** True when some combo of `a` and some combo of `b` could match one key press. */
export function keysOverlap(a: readonly string[], b: readonly string[]): boolean {
  const left = a.map((text) => byCharacter(parseCombo(text)))
  const right = b.map((text) => byCharacter(parseCombo(text)))
  return left.some((mine) => right.some((theirs) => combosOverlap(mine, theirs)))
}
