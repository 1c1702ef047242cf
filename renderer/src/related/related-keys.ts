// The related list's keyboard as a plain mapping from a key press to what it does, tested without
// a browser: ↑/↓ (and j/k) move, Home/End jump, Enter opens in the pane in use, Shift+Enter beside.
// Handled while the list has focus; the app's shortcuts (with Ctrl, Alt or Meta) pass through.

export type RelatedAction = { kind: 'move'; to: number } | { kind: 'open'; beside: boolean }

export interface KeyPress {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

const STEPS: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 }

/** What a key does with the cursor at `cursor` (-1: none yet) in a list of `count`; null: not ours. */
export function relatedKeyAction(press: KeyPress, cursor: number, count: number): RelatedAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || count === 0) return null
  const step = STEPS[press.key]
  if (step !== undefined) return { kind: 'move', to: cursor < 0 ? 0 : Math.min(count - 1, Math.max(0, cursor + step)) }
  if (press.key === 'Home') return { kind: 'move', to: 0 }
  if (press.key === 'End') return { kind: 'move', to: count - 1 }
  if (press.key === 'Enter' && cursor >= 0) return { kind: 'open', beside: press.shiftKey }
  return null
}
