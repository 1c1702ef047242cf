// The review list's keyboard, as a plain mapping from a key press to what it does, so the keys
// are tested without a browser. The list handles these only while it has focus: none of them
// reaches the app's own shortcuts (Ctrl+Z/Y undo and redo, Ctrl+K and / search, Alt+O, Ctrl+F, F3).
import type { ThemeVerdict } from '../../../../common/model/theme-decision'

export type ReviewAction =
  /** Moves the cursor to row `to`; `extend` also selects the rows passed over (Shift+arrow). */
  | { kind: 'move'; to: number; extend: boolean }
  | { kind: 'toggle' }
  | { kind: 'open' }
  | { kind: 'select-all' }
  | { kind: 'decide'; verdict: ThemeVerdict | null }

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

const STEPS: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10 }

/** What a key does with the cursor at `cursor` (-1: none yet) in a list of `count` rows; null: not ours. */
export function reviewKeyAction(press: KeyPress, cursor: number, count: number): ReviewAction | null {
  const command = press.ctrlKey || press.metaKey
  if (command) return !press.altKey && press.key.toLowerCase() === 'a' ? { kind: 'select-all' } : null
  if (press.altKey || count === 0) return null
  const step = STEPS[press.key]
  if (step !== undefined) {
    const to = cursor < 0 ? 0 : Math.min(count - 1, Math.max(0, cursor + step))
    return { kind: 'move', to, extend: press.shiftKey }
  }
  if (press.key === 'Home' || press.key === 'End')
    return { kind: 'move', to: press.key === 'Home' ? 0 : count - 1, extend: press.shiftKey }
  // On the selection, or the cursor's row when none is selected: the list decides what that is.
  const key = press.key.toLowerCase()
  if (key === 'c') return { kind: 'decide', verdict: 'confirmed' }
  if (key === 'r') return { kind: 'decide', verdict: 'rejected' }
  if (press.key === 'Delete' || press.key === 'Backspace') return { kind: 'decide', verdict: null }
  if (cursor < 0) return null
  if (press.key === ' ') return { kind: 'toggle' }
  if (press.key === 'Enter') return { kind: 'open' }
  return null
}
