// Keys that belong to one control and are handled by it, not by the keymap: a list's arrows, the
// find bar's Enter, a note editor's Ctrl+Enter. They are part of every action's keyboard path, so
// the sheet lists them too, taken from the README and checked against the handlers named beside
// each group (keep the two in step when a handler changes). Never registered: a control's keys
// act only while it has the focus, so they cannot clash with the app's shortcuts.
import type { ShortcutDefinition } from '../keys/keymap-registry'

const key = (id: string, keys: string[], description: string): ShortcutDefinition => ({ id, keys, description })

export const LOCAL_KEYS: readonly ShortcutDefinition[] = Object.freeze([
  // library/ArticleList.tsx and TopBar.tsx
  key('library.move', ['ArrowDown', 'ArrowUp', 'J', 'K'], 'In the list: move through the articles'),
  key('library.open', ['Enter'], 'In the list: open the article (a search result at its hits)'),
  key('library.open-beside', ['Shift+Enter'], 'In the list: open the article in the other reader'),
  key('search.to-results', ['ArrowDown'], 'In the search box: go down to the results'),
  key('search.clear', ['Escape'], 'In the search box: clear the search'),
  // reader/keyboard-selection.ts and reader/find/FindBar.tsx
  key('reader.select-words', ['Shift+ArrowRight', 'Shift+ArrowLeft'], 'In the text: select word by word'),
  key('reader.select-paragraphs', ['Shift+ArrowDown', 'Shift+ArrowUp'], 'In the text: select paragraph by paragraph'),
  key('find.step', ['Enter', 'Shift+Enter'], 'In the find bar: next or previous match'),
  key('find.close', ['Escape'], 'In the find bar: close it'),
  // annotations/NoteEditor.tsx and memos/ArticleMemo.tsx
  key('sidebar.save-text', ['Mod+Enter'], 'Save the note or memo being written'),
  key('sidebar.cancel-text', ['Escape'], 'Stop writing: back to what was saved'),
  // insights/review/review-keys.ts and ThemeReview.tsx
  key('review.move', ['ArrowDown', 'ArrowUp', 'J', 'K'], 'Move through the passages'),
  key('review.check-moving', ['Shift+ArrowDown', 'Shift+ArrowUp'], 'Check the rows passed over'),
  key('review.check', [' '], 'Check or uncheck the row'),
  key('review.check-all', ['Mod+A'], 'Check every row shown'),
  key('review.confirm', ['C'], 'Confirm the theme (checked rows, or the row at the cursor)'),
  key('review.reject', ['R'], 'Reject the theme (checked rows, or the row at the cursor)'),
  key('review.clear', ['Delete'], 'Clear the verdict'),
  key('review.open', ['Enter'], 'Open the article at the passage'),
  key('review.close', ['Escape'], 'Back to the library')
])
