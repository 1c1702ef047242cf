// The passages list's keyboard as a plain mapping from a key press to what it does, tested without
// a browser. Handled while the list has focus; Escape (close) is the view's.

export type PassageAction = { kind: 'move'; to: number } | { kind: 'open'; beside: boolean }

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey?: boolean
}

const STEPS: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10 }

/** What a key does with the cursor at `cursor` (-1: none yet) in a list of `count` passages; null: not ours. */
export function passageKeyAction(press: KeyPress, cursor: number, count: number): PassageAction | null {
  // Ctrl+Z and the app's other shortcuts pass through.
  if (press.ctrlKey || press.metaKey || press.altKey || count === 0) return null
  const step = STEPS[press.key]
  if (step !== undefined) return { kind: 'move', to: cursor < 0 ? 0 : Math.min(count - 1, Math.max(0, cursor + step)) }
  if (press.key === 'Home') return { kind: 'move', to: 0 }
  if (press.key === 'End') return { kind: 'move', to: count - 1 }
  // Shift+Enter: in the other reader pane, as in the library.
  if (press.key === 'Enter' && cursor >= 0) return { kind: 'open', beside: press.shiftKey === true }
  return null
}
