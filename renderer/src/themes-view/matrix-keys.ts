// The matrix grid's keys: arrows (Home/End along a row, Ctrl+Home/End, PageUp/PageDown down the
// rows) move the selected cell; C confirms, R rejects, Delete clears its verdict; Enter opens its
// evidence (or a group); Space opens or closes a group. A key with Ctrl, Alt or Meta otherwise is
// not the grid's: Ctrl+Z must reach the app's keymap, which undoes the last verdict.
import type { ThemeVerdict } from '../../../common/model/theme-decision'

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

export interface CellAt {
  row: number
  column: number
}

export type GridAction =
  | { kind: 'move'; to: CellAt }
  | { kind: 'decide'; verdict: ThemeVerdict | null }
  | { kind: 'open' }
  | { kind: 'toggle' }

export function gridKeyAction(
  press: KeyPress,
  at: CellAt,
  size: { rows: number; columns: number; page: number }
): GridAction | null {
  if (size.rows === 0 || size.columns === 0) return null
  const clamp = (row: number, column: number): GridAction => ({
    kind: 'move',
    to: {
      row: Math.max(0, Math.min(size.rows - 1, row)),
      column: Math.max(0, Math.min(size.columns - 1, column))
    }
  })
  const { row, column } = { row: Math.max(0, at.row), column: Math.max(0, at.column) }
  if ((press.ctrlKey || press.metaKey) && !press.altKey) {
    if (press.key === 'Home') return clamp(0, column)
    if (press.key === 'End') return clamp(size.rows - 1, column)
    return null
  }
  if (press.ctrlKey || press.metaKey || press.altKey) return null
  if (at.row < 0 && press.key.startsWith('Arrow')) return clamp(0, 0)
  switch (press.key) {
    case 'ArrowDown':
      return clamp(row + 1, column)
    case 'ArrowUp':
      return clamp(row - 1, column)
    case 'ArrowRight':
      return clamp(row, column + 1)
    case 'ArrowLeft':
      return clamp(row, column - 1)
    case 'Home':
      return clamp(row, 0)
    case 'End':
      return clamp(row, size.columns - 1)
    case 'PageDown':
      return clamp(row + size.page, column)
    case 'PageUp':
      return clamp(row - size.page, column)
    case 'Enter':
      return at.row < 0 ? null : { kind: 'open' }
    case ' ':
      return at.row < 0 ? null : { kind: 'toggle' }
  }
  if (at.row < 0) return null
  const letter = press.key.toLowerCase()
  if (letter === 'c') return { kind: 'decide', verdict: 'confirmed' }
  if (letter === 'r') return { kind: 'decide', verdict: 'rejected' }
  if (press.key === 'Delete' || press.key === 'Backspace') return { kind: 'decide', verdict: null }
  return null
}
