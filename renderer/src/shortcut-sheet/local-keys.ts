// Keys that belong to one control and are handled by it, not by the keymap: a list's arrows, the
// find bar's Enter, a note editor's Ctrl+Enter. They are part of every action's keyboard path, so
// the sheet lists them too, taken from the README and checked against the handlers named beside
// each group (keep the two in step when a handler changes). Never registered: a control's keys
// act only while it has the focus, so they cannot clash with the app's shortcuts.
import type { ShortcutDefinition } from '../keys/keymap-registry'

const key = (id: string, keys: string[], description: string): ShortcutDefinition => ({ id, keys, description })

export const LOCAL_KEYS: readonly ShortcutDefinition[] = Object.freeze([
  // library/ArticleList.tsx and TopBar.tsx
  key('library.move', ['ArrowDown', 'ArrowUp', 'J', 'K'], 'libraryMove'),
  key('library.open', ['Enter'], 'libraryOpen'),
  key('library.open-beside', ['Shift+Enter'], 'libraryOpenBeside'),
  key('search.to-results', ['ArrowDown'], 'searchToResults'),
  key('search.clear', ['Escape'], 'searchClear'),
  // reader/keyboard-selection.ts and reader/find/FindBar.tsx
  key('reader.select-words', ['Shift+ArrowRight', 'Shift+ArrowLeft'], 'selectWords'),
  key('reader.select-paragraphs', ['Shift+ArrowDown', 'Shift+ArrowUp'], 'selectParagraphs'),
  key('find.step', ['Enter', 'Shift+Enter'], 'findStep'),
  key('find.close', ['Escape'], 'findClose'),
  // annotations/NoteEditor.tsx and memos/ArticleMemo.tsx
  key('sidebar.save-text', ['Mod+Enter'], 'saveText'),
  key('sidebar.cancel-text', ['Escape'], 'cancelText'),
  // insights/review/review-keys.ts and ThemeReview.tsx
  key('review.move', ['ArrowDown', 'ArrowUp', 'J', 'K'], 'reviewMove'),
  key('review.check-moving', ['Shift+ArrowDown', 'Shift+ArrowUp'], 'reviewCheckMoving'),
  key('review.check', [' '], 'reviewCheck'),
  key('review.check-all', ['Mod+A'], 'reviewCheckAll'),
  key('review.confirm', ['C'], 'reviewConfirm'),
  key('review.reject', ['R'], 'reviewReject'),
  key('review.clear', ['Delete'], 'reviewClear'),
  key('review.open', ['Enter'], 'reviewOpen'),
  key('review.close', ['Escape'], 'reviewClose')
])
