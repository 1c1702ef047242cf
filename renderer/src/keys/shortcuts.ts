// Every shortcut the app defines, in one place: what the keymap registers (with a scope and a
// handler, where the feature lives) and what a shortcut sheet can list even before a feature is on
// screen. Combos are written as key-combo.ts reads them. 'Shift?' keeps what the old listeners
// accepted: both cases of a letter, and digits typed with Shift on layouts such as AZERTY.
import type { ShortcutDefinition } from './keymap-registry'

const table = <T extends Record<string, ShortcutDefinition>>(shortcuts: T): Readonly<T> => Object.freeze(shortcuts)

/** Scope 'global': the same wherever focus is. */
export const APP_SHORTCUTS = table({
  // Ctrl+K (the editors' convention) even from a field; '/' (the web's) only when not typing.
  searchFocus: { id: 'search.focus', keys: ['Mod+Shift?+K'], description: 'Search the library', inInputs: true },
  searchSlash: { id: 'search.focus-slash', keys: ['Shift?+/'], description: 'Search the library' },
  // The store's undo stack is one for the whole app, not one per pane.
  undo: { id: 'edit.undo', keys: ['Mod+Z'], description: 'Undo the last annotation or codebook change' },
  redo: { id: 'edit.redo', keys: ['Mod+Shift+Z', 'Mod+Shift?+Y'], description: 'Redo' },
  // 'code:Comma' for a Thai layout, whose key there is 'ม'.
  settings: { id: 'dialog.settings', keys: ['Mod+,', 'Mod+code:Comma'], description: 'Settings', inInputs: true }
})

/** Scope 'global': the corpus-wide views in the library's and the reader's place. */
export const OVERVIEW_SHORTCUTS = table({
  documents: {
    id: 'overview.documents',
    keys: ['Mod+Shift+D'],
    description: 'Documents cited across the library (again: back to reading)',
    inInputs: true
  },
  themes: {
    id: 'overview.themes',
    keys: ['Mod+Shift+M'],
    description: 'Themes across the library (again: back to reading)',
    inInputs: true
  }
})

/** Scope 'global': the two reader panes. One key family (Ctrl+\, as editors split a view). */
export const PANE_SHORTCUTS = table({
  split: {
    id: 'panes.split',
    keys: ['Mod+code:Backslash'],
    description: 'Open a second reader beside (with two: go to the other one)',
    inInputs: true
  },
  swap: { id: 'panes.swap', keys: ['Mod+Shift+code:Backslash'], description: 'Swap the two readers', inInputs: true },
  close: {
    id: 'panes.close',
    keys: ['Mod+Alt+code:Backslash'],
    description: 'Close the reader in use (the other one stays)',
    inInputs: true
  },
  other: { id: 'panes.other', keys: ['F6'], description: 'Go to the other reader', inInputs: true }
})

/** Scope 'global': a link being made (renderer/src/links). */
export const LINK_SHORTCUTS = table({
  cancel: { id: 'link.cancel', keys: ['Shift?+Escape'], description: 'Stop linking (the first passage is let go)' }
})

/** Scope: a reader pane; they act on the active pane only. */
export const READER_SHORTCUTS = table({
  back: { id: 'reader.back', keys: ['Alt+ArrowLeft'], description: 'Back to the article open before' },
  forward: { id: 'reader.forward', keys: ['Alt+ArrowRight'], description: 'Forward again' },
  original: {
    id: 'reader.original',
    keys: ['Alt+Shift?+O'],
    description: 'Show the original text, or the cleaned one again',
    inInputs: true
  },
  // inInputs: the browser's own find bar must never open over ours, wherever focus is.
  find: { id: 'find.open', keys: ['Mod+F', 'Mod+code:KeyF'], description: 'Find in the article', inInputs: true },
  findNext: { id: 'find.next', keys: ['F3'], description: 'Next match (opens find)', inInputs: true },
  findPrevious: { id: 'find.previous', keys: ['Shift+F3'], description: 'Previous match', inInputs: true },
  // Not with text selected: then the keys act on the selection (renderer/src/memos).
  memo: { id: 'reader.memo', keys: ['Shift?+M'], description: 'Write or edit the memo on this article' }
})

/** Scope: a reader pane, while its selection toolbar shows its buttons. */
export const SELECTION_SHORTCUTS = table({
  close: { id: 'selection.close', keys: ['Shift?+Escape'], description: 'Close the selection toolbar' },
  attach: { id: 'selection.attach', keys: ['Shift?+Enter'], description: 'Attach the orphan to the selection' },
  highlight: { id: 'selection.highlight', keys: ['Shift?+H'], description: 'Highlight in the last colour' },
  color: {
    id: 'selection.color',
    keys: ['Shift?+1', 'Shift?+2', 'Shift?+3', 'Shift?+4', 'Shift?+5', 'Shift?+6'],
    description: 'Highlight in colour 1–6'
  },
  tag: { id: 'selection.tag', keys: ['Shift?+T'], description: 'Tag the selection' },
  note: { id: 'selection.note', keys: ['Shift?+N'], description: 'Write a note on the selection' },
  keepWord: { id: 'selection.keep-word', keys: ['Shift?+K'], description: 'Keep the selected Thai word as one word' },
  link: {
    id: 'selection.link',
    keys: ['Shift?+L'],
    description: 'Link the selection to another passage (again, on the other passage: link here)'
  },
  toToolbar: { id: 'selection.to-toolbar', keys: ['Shift?+Tab'], description: 'Move focus to the toolbar' }
})
