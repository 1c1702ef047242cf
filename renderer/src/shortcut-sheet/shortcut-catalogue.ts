// Which shortcuts the sheet lists. The registry's list() alone is not enough: it holds only what is
// mounted now, so with no article open the reader's keys (Ctrl+F, Alt+←) and the selection
// toolbar's (H, T, 1–6) would be missing, and with two panes open each pane's keys come twice.
// The sheet lists what exists, so its source is every definition table (keys/shortcuts.ts and the
// features' own files), plus whatever list() holds that no table names (a feature that registers a
// shortcut of its own still shows up while it is mounted). Pane scopes are folded into one: 'pane'.
// Last come the keys a control handles itself (local-keys.ts), which the registry never sees.
// The user's own keys (overrides) replace a definition's, so the sheet shows the keys that work.
import { EXPORT_SHORTCUTS } from '../export/export-shortcuts'
import { GLOBAL_SCOPE, type ListedShortcut, type ShortcutDefinition } from '../keys/keymap-registry'
import {
  APP_SHORTCUTS,
  LINK_SHORTCUTS,
  OVERVIEW_SHORTCUTS,
  PANE_SHORTCUTS,
  READER_SHORTCUTS,
  SELECTION_SHORTCUTS
} from '../keys/shortcuts'
import { LOCAL_KEYS } from './local-keys'
import { SHEET_SHORTCUTS } from './sheet-shortcuts'

/** 'global' keys act wherever focus is; 'pane' keys on the reader pane in use; 'local' in one control. */
export type ScopeKind = 'global' | 'pane' | 'local'

export interface CatalogueEntry {
  id: string
  scope: ScopeKind
  keys: readonly string[]
  description: string
  inInputs: boolean
  /** The user gave it keys of their own (`keys` are those). */
  changed: boolean
}

type Table = Readonly<Record<string, ShortcutDefinition>>

/** In the order the sheet shows them within a group. */
const TABLES: Array<[ScopeKind, Table]> = [
  ['global', APP_SHORTCUTS],
  ['global', OVERVIEW_SHORTCUTS],
  ['global', PANE_SHORTCUTS],
  ['pane', READER_SHORTCUTS],
  ['pane', SELECTION_SHORTCUTS],
  ['global', LINK_SHORTCUTS],
  ['global', EXPORT_SHORTCUTS],
  ['global', SHEET_SHORTCUTS]
]

type Overrides = Readonly<Record<string, readonly string[]>>

const entry = (scope: ScopeKind, definition: ShortcutDefinition, overrides: Overrides = {}): CatalogueEntry => ({
  id: definition.id,
  scope,
  keys: (scope !== 'local' && overrides[definition.id]) || definition.keys,
  description: definition.description,
  inInputs: definition.inInputs ?? false,
  changed: scope !== 'local' && Object.hasOwn(overrides, definition.id)
})

/** Every defined shortcut (with the user's `overrides`), those `registered` (the registry's list())
 * that no table defines, the local keys. */
export function shortcutCatalogue(
  registered: readonly ListedShortcut[] = [],
  overrides: Overrides = {}
): CatalogueEntry[] {
  const entries = TABLES.flatMap(([scope, table]) =>
    Object.values(table).map((definition) => entry(scope, definition, overrides))
  )
  const known = new Set(entries.map(({ scope, id }) => `${scope} ${id}`))
  for (const listed of registered) {
    const scope: ScopeKind = listed.scope === GLOBAL_SCOPE ? 'global' : 'pane'
    const key = `${scope} ${listed.id}`
    if (known.has(key)) continue
    known.add(key)
    entries.push(entry(scope, listed))
  }
  return [...entries, ...LOCAL_KEYS.map((definition) => entry('local', definition))]
}
