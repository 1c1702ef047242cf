// Whether a shortcut may take the keys the user pressed, and if not why, before anything changes.
// Refused: keys another shortcut answers anywhere they could meet (global with global, global with
// a reader pane's, one pane's with another's, or a control's own keys such as the list's J and K),
// since one key press would then do two things; a modifier alone; plain Tab, which moves the focus;
// and, for a shortcut that works while typing (inInputs), keys with no Ctrl/Cmd or Alt that type or
// edit text (a letter, Space, Backspace, the arrows), which would be taken from every text field.
// A shortcut without inInputs may have a plain letter (as H highlights): fields keep their letters.
import { keysOverlap } from '../keys/combo-conflicts'
import { parseCombo, type KeyCombo } from '../keys/key-combo'
import { isModifierKey } from '../keys/record-combo'
import { shortcutCatalogue, type CatalogueEntry } from './shortcut-catalogue'

export type Refusal =
  | { kind: 'unreadable' }
  | { kind: 'modifierOnly' }
  | { kind: 'tab' }
  | { kind: 'typing' }
  | { kind: 'taken'; other: CatalogueEntry }

/** Keys that move the caret or change text in a field. */
const EDITING_KEYS = new Set([
  'Backspace',
  'Delete',
  'Enter',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown'
])

/** The colour keys are six combos, one per colour: a single new combo cannot stand for them. */
const FIXED = new Set(['selection.color'])

/** Shortcuts the user can give keys of their own: the app's, not a control's own keys. */
export const isChangeable = (entry: CatalogueEntry) => entry.scope !== 'local' && !FIXED.has(entry.id)

const plain = (combo: KeyCombo) => combo.mod !== 'down' && combo.alt !== 'down'
const typesText = (combo: KeyCombo) =>
  combo.code
    ? /^(?:Key|Digit)/.test(combo.code)
    : [...(combo.key ?? '')].length === 1 || EDITING_KEYS.has(combo.key ?? '')

/** Why shortcut `id` may not have `keys` among `catalogue` (the shortcuts as they are now), or null. */
export function refuseKeys(catalogue: readonly CatalogueEntry[], id: string, keys: readonly string[]): Refusal | null {
  const self = catalogue.find((entry) => entry.id === id && entry.scope !== 'local')
  let combos: KeyCombo[]
  try {
    combos = keys.map(parseCombo)
  } catch {
    return { kind: 'unreadable' }
  }
  if (!self || combos.length === 0) return { kind: 'unreadable' }
  for (const combo of combos) {
    if (isModifierKey(combo.key ?? '')) return { kind: 'modifierOnly' }
    if (plain(combo) && (combo.key === 'Tab' || combo.code === 'Tab')) return { kind: 'tab' }
    if (self.inInputs && plain(combo) && typesText(combo)) return { kind: 'typing' }
  }
  const other = catalogue.find((entry) => entry.id !== id && keysOverlap(keys, entry.keys))
  return other ? { kind: 'taken', other } : null
}

/**
 * The user's keys after giving shortcut `id` the `combo`, or why not. Keys a default already
 * answers to put the default back (the entry goes, and with it the row's "Reset").
 */
export function rebindKeys(
  catalogue: readonly CatalogueEntry[],
  overrides: Readonly<Record<string, string[]>>,
  id: string,
  combo: string
): { refusal: Refusal } | { overrides: Record<string, string[]> } {
  const refusal = refuseKeys(catalogue, id, [combo])
  if (refusal) return { refusal }
  const defaults = shortcutCatalogue().find((entry) => entry.id === id && entry.scope !== 'local')?.keys ?? []
  const rest = Object.fromEntries(Object.entries(overrides).filter(([other]) => other !== id))
  return { overrides: keysOverlap([combo], defaults) ? rest : { ...rest, [id]: [combo] } }
}
