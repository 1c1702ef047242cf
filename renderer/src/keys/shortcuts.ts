// Every shortcut the app defines, in one place: what the keymap registers (with a scope and a
// handler, where the feature lives) and what a shortcut sheet can list even before a feature is on
// screen. Combos are written as key-combo.ts reads them. 'Shift?' keeps what the old listeners
// accepted: both cases of a letter, and digits typed with Shift on layouts such as AZERTY.
// A description is the key of its wording in messages/<language>/shortcuts.json ("descriptions"),
// so the sheet shows it in the interface's language.
import type { ShortcutDefinition } from './keymap-registry'

const table = <T extends Record<string, ShortcutDefinition>>(shortcuts: T): Readonly<T> => Object.freeze(shortcuts)

/** Scope 'global': the same wherever focus is. */
export const APP_SHORTCUTS = table({
  // Ctrl+K (the editors' convention) even from a field; '/' (the web's) only when not typing.
  searchFocus: { id: 'search.focus', keys: ['Mod+Shift?+K'], description: 'searchLibrary', inInputs: true },
  searchSlash: { id: 'search.focus-slash', keys: ['Shift?+/'], description: 'searchLibrary' },
  // The store's undo stack is one for the whole app, not one per pane.
  undo: { id: 'edit.undo', keys: ['Mod+Z'], description: 'undo' },
  redo: { id: 'edit.redo', keys: ['Mod+Shift+Z', 'Mod+Shift?+Y'], description: 'redo' },
  // 'code:Comma' for a Thai layout, whose key there is 'ม'.
  settings: { id: 'dialog.settings', keys: ['Mod+,', 'Mod+code:Comma'], description: 'settings', inInputs: true }
})

/** Scope 'global': the corpus-wide views in the library's and the reader's place. */
export const OVERVIEW_SHORTCUTS = table({
  documents: {
    id: 'overview.documents',
    keys: ['Mod+Shift+D'],
    description: 'documents',
    inInputs: true
  },
  themes: {
    id: 'overview.themes',
    keys: ['Mod+Shift+M'],
    description: 'themes',
    inInputs: true
  }
})

/** Scope 'global': the two reader panes. One key family (Ctrl+\, as editors split a view). */
export const PANE_SHORTCUTS = table({
  split: {
    id: 'panes.split',
    keys: ['Mod+code:Backslash'],
    description: 'split',
    inInputs: true
  },
  swap: { id: 'panes.swap', keys: ['Mod+Shift+code:Backslash'], description: 'swap', inInputs: true },
  close: {
    id: 'panes.close',
    keys: ['Mod+Alt+code:Backslash'],
    description: 'closePane',
    inInputs: true
  },
  other: { id: 'panes.other', keys: ['F6'], description: 'otherPane', inInputs: true },
  // The panes beside the reader, as editors toggle theirs (Ctrl+B, Ctrl+Alt+B); 'code:KeyB' for a
  // Thai layout, whose key there is 'ิ'.
  library: { id: 'panes.library', keys: ['Mod+code:KeyB'], description: 'toggleLibrary', inInputs: true },
  sidebar: { id: 'panes.sidebar', keys: ['Mod+Alt+code:KeyB'], description: 'toggleSidebar', inInputs: true }
})

/** Scope 'global': a link being made (renderer/src/links). */
export const LINK_SHORTCUTS = table({
  cancel: { id: 'link.cancel', keys: ['Shift?+Escape'], description: 'stopLinking' }
})

/** Scope: a reader pane; they act on the active pane only. */
export const READER_SHORTCUTS = table({
  back: { id: 'reader.back', keys: ['Alt+ArrowLeft'], description: 'back' },
  forward: { id: 'reader.forward', keys: ['Alt+ArrowRight'], description: 'forward' },
  original: {
    id: 'reader.original',
    keys: ['Alt+Shift?+O'],
    description: 'original',
    inInputs: true
  },
  // inInputs: the browser's own find bar must never open over ours, wherever focus is.
  find: { id: 'find.open', keys: ['Mod+F', 'Mod+code:KeyF'], description: 'find', inInputs: true },
  findNext: { id: 'find.next', keys: ['F3'], description: 'findNext', inInputs: true },
  findPrevious: { id: 'find.previous', keys: ['Shift+F3'], description: 'findPrevious', inInputs: true },
  // Not with text selected: then the keys act on the selection (renderer/src/memos).
  memo: { id: 'reader.memo', keys: ['Shift?+M'], description: 'memo' }
})

/** Scope: a reader pane, while its selection toolbar shows its buttons. */
export const SELECTION_SHORTCUTS = table({
  close: { id: 'selection.close', keys: ['Shift?+Escape'], description: 'closeToolbar' },
  attach: { id: 'selection.attach', keys: ['Shift?+Enter'], description: 'attach' },
  highlight: { id: 'selection.highlight', keys: ['Shift?+H'], description: 'highlight' },
  color: {
    id: 'selection.color',
    keys: ['Shift?+1', 'Shift?+2', 'Shift?+3', 'Shift?+4', 'Shift?+5', 'Shift?+6'],
    description: 'highlightColour'
  },
  tag: { id: 'selection.tag', keys: ['Shift?+T'], description: 'tag' },
  note: { id: 'selection.note', keys: ['Shift?+N'], description: 'note' },
  keepWord: { id: 'selection.keep-word', keys: ['Shift?+K'], description: 'keepWord' },
  link: {
    id: 'selection.link',
    keys: ['Shift?+L'],
    description: 'link'
  },
  toToolbar: { id: 'selection.to-toolbar', keys: ['Shift?+Tab'], description: 'toToolbar' }
})
