// The keys the user gave shortcuts in place of their defaults, chosen in the shortcut sheet and
// kept in the data folder (shortcut-overrides.json): shortcut id → its combos, written as
// renderer/src/keys/key-combo.ts reads them ('Mod+Shift+code:KeyJ'). Only the changed shortcuts are
// kept, so a default changed by a later version still reaches everyone who left it alone.
import { z } from 'zod'

/** A shortcut's id, as keys/shortcuts.ts writes them: 'search.focus', 'help.shortcuts-f1'. */
export const shortcutIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'A shortcut id is dotted lower-case words, like "search.focus".')

/** Modifiers (Mod, Alt, Shift; '?' for either state) and one key: a character, a named key
 * ('F5', 'ArrowLeft') or a physical key ('code:KeyJ'). The grammar parseCombo accepts. */
const COMBO = /^(?:(?:Mod|Alt|Shift)\??\+)*(?:[^+]|[A-Z][A-Za-z0-9]+|code:[A-Z][A-Za-z0-9]+)$/u

export const comboSchema = z
  .string()
  .max(40, 'A key combo is at most 40 characters.')
  .regex(COMBO, 'A key combo is modifiers and one key, like "Mod+Shift+K".')

export const shortcutKeysSchema = z
  .array(comboSchema)
  .min(1, 'A shortcut has at least one key combo.')
  .max(8, 'A shortcut has at most 8 key combos.')

export const shortcutOverridesSchema = z
  .record(shortcutIdSchema, shortcutKeysSchema)
  .refine((map) => Object.keys(map).length <= 200, 'At most 200 shortcuts can have keys of their own.')

export type ShortcutOverrides = z.infer<typeof shortcutOverridesSchema>
