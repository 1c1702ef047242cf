// The one owner of keyboard shortcuts. Each shortcut has a scope: 'global', or a reader pane's
// session id. A pane's shortcuts reach only the active pane (the one focus is in, or was last in
// when focus is elsewhere, such as the library or a sidebar), so two panes never both answer a key.
// Plain data in and out, so it is tested without a DOM; KeymapProvider feeds it window's keys.
// The user's own keys (setOverrides) replace a shortcut's defaults, by id, in every scope.
import { combosOverlap, matchesCombo, parseCombo, type KeyCombo, type KeyInput } from './key-combo'

export const GLOBAL_SCOPE = 'global'

/** What a shortcut is, apart from who answers it: also what a shortcut sheet lists. */
export interface ShortcutDefinition {
  /** Stable, dotted: 'find.open'. Unique within a scope. */
  id: string
  /** One or more combos (see key-combo.ts), any of which triggers it. */
  keys: readonly string[]
  description: string
  /** Also while typing in a text field (Ctrl+K, Ctrl+F); off for keys that are text (H, /, Ctrl+Z). */
  inInputs?: boolean
}

export interface Shortcut extends ShortcutDefinition {
  scope: string
  /** Return false to decline (the key then goes on, default action included). */
  run: (input: KeyInput) => boolean | void
}

export interface KeyEventInput extends KeyInput {
  /** The key was typed into a text field (input, textarea, select, contenteditable). */
  typing: boolean
}

export type ListedShortcut = Required<ShortcutDefinition> & { scope: string }

interface Entry {
  shortcut: Shortcut
  combos: KeyCombo[]
}

export class KeymapRegistry {
  private entries: Entry[] = []
  private panes: string[] = []
  private focused: string | null = null
  private overrides: Readonly<Record<string, readonly string[]>> = {}
  private listeners = new Set<() => void>()

  /** Adds a shortcut; returns its removal. Throws on an id or a combo already taken in its scope. */
  register(shortcut: Shortcut): () => void {
    const combos = this.keysOf(shortcut).map(parseCombo)
    for (const other of this.entries) {
      if (other.shortcut.scope !== shortcut.scope) continue
      if (other.shortcut.id === shortcut.id)
        throw new Error(`Shortcut "${shortcut.id}" is already registered in scope "${shortcut.scope}"`)
      for (const mine of combos)
        for (const theirs of other.combos)
          if (combosOverlap(mine, theirs))
            throw new Error(
              `Shortcut "${shortcut.id}" (${mine.text}) conflicts with "${other.shortcut.id}" (${theirs.text}) ` +
                `in scope "${shortcut.scope}"`
            )
    }
    const entry = { shortcut, combos }
    this.entries.push(entry)
    return () => {
      this.entries = this.entries.filter((candidate) => candidate !== entry)
    }
  }

  /**
   * The user's keys by shortcut id, in place of the defaults from now on, registered ones included.
   * Checked by the caller against every shortcut (shortcut-sheet/rebind-check.ts): not re-checked here.
   */
  setOverrides(overrides: Readonly<Record<string, readonly string[]>>): void {
    this.overrides = overrides
    for (const entry of this.entries) entry.combos = this.keysOf(entry.shortcut).map(parseCombo)
    for (const listener of this.listeners) listener()
  }

  /** The keys a shortcut answers to now: the user's, or its definition's. */
  keysOf(shortcut: ShortcutDefinition): readonly string[] {
    return this.overrides[shortcut.id] ?? shortcut.keys
  }

  /** Calls `listener` whenever the user's keys change (for text that names a key); returns the unsubscription. */
  onKeysChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** A reader pane exists (until the returned function is called); the first one is active at first. */
  addPane(id: string): () => void {
    if (id === GLOBAL_SCOPE) throw new Error(`"${GLOBAL_SCOPE}" cannot be a pane's id`)
    this.panes.push(id)
    return () => {
      const at = this.panes.indexOf(id)
      if (at >= 0) this.panes.splice(at, 1)
    }
  }

  /** Focus (or a pointer) went into a pane: it is active until another pane is entered. */
  focusPane(id: string): void {
    this.focused = id
  }

  activePane(): string | null {
    return this.focused !== null && this.panes.includes(this.focused) ? this.focused : (this.panes[0] ?? null)
  }

  /** Runs the shortcut the key names, the active pane's before the global one; true if one took it. */
  dispatch(input: KeyEventInput): boolean {
    const pane = this.activePane()
    const inScope = (scope: string) => this.entries.filter((entry) => entry.shortcut.scope === scope)
    const candidates = [...(pane ? inScope(pane) : []), ...inScope(GLOBAL_SCOPE)]
    for (const { shortcut, combos } of candidates) {
      if (input.typing && !shortcut.inInputs) continue
      if (!combos.some((combo) => matchesCombo(combo, input))) continue
      if (shortcut.run(input) !== false) return true
    }
    return false
  }

  /** Every registered shortcut, for the shortcut sheet: id, scope, keys (the user's) and description. */
  list(): ListedShortcut[] {
    return this.entries.map(({ shortcut: { id, scope, description, inInputs }, combos }) => ({
      id,
      scope,
      keys: combos.map((combo) => combo.text),
      description,
      inInputs: inInputs ?? false
    }))
  }
}
