// Under the matrix: what the selected cell is (article or group, theme, strength, verdict) and its
// actions for the mouse, which the keys also do (C, R, Delete, Enter).
import { unpackCell, type ThemeMatrix } from '../../../common/model/theme-matrix'
import type { ThemeVerdict } from '../../../common/model/theme-decision'
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import { SafeText } from '../bidi/SafeText'
import type { MatrixRow, TitleOf } from './matrix-rows'
import { percent } from './shade'

interface Props {
  matrix: ThemeMatrix
  row: MatrixRow | undefined
  column: number
  labels: ReadonlyMap<string, ThemeLabel>
  titleOf: TitleOf
  busy: boolean
  onDecide: (verdict: ThemeVerdict | null) => void
  onOpen: () => void
}

export function SelectedCell({ matrix, row, column, labels, titleOf, busy, onDecide, onOpen }: Props) {
  const themeId = matrix.themes[column]
  const label = themeId ? labels.get(themeId)?.label : undefined
  if (!row || !themeId) return <p className="tm-selected tm-hint">Select a cell (click, or Tab then the arrows).</p>
  const theme = `${label?.th ?? themeId} (${label?.en ?? ''})`
  if (row.kind === 'group')
    return (
      <p className="tm-selected">
        <strong>
          <SafeText text={row.label} />
        </strong>{' '}
        · {theme}: {row.carrying[column] ?? 0} of {row.rows.length} articles carry it, mean strength{' '}
        {percent(row.meanStrength[column] ?? 0)}.{' '}
        <button type="button" onClick={onOpen}>
          {row.expanded ? 'Close the group' : 'Open the group'}
        </button>
      </p>
    )
  const cell = unpackCell(matrix.cells[row.row * matrix.themes.length + column] ?? 0)
  const state = cell.verdict ?? (cell.detected ? 'detected' : cell.strength > 0 ? 'faint cues only' : 'no cue')
  return (
    <div className="tm-selected" aria-live="polite">
      <span className="tm-selected-title">
        <SafeText text={titleOf(matrix.ids[row.row] ?? '')} />
      </span>
      <span>
        {theme}: {percent(cell.strength)}, {state}
      </span>
      <button
        type="button"
        disabled={busy}
        aria-pressed={cell.verdict === 'confirmed'}
        onClick={() => onDecide('confirmed')}
      >
        ✓ Confirm (C)
      </button>
      <button
        type="button"
        disabled={busy}
        aria-pressed={cell.verdict === 'rejected'}
        onClick={() => onDecide('rejected')}
      >
        ✗ Reject (R)
      </button>
      <button type="button" disabled={busy || cell.verdict === null} onClick={() => onDecide(null)}>
        Clear (Delete)
      </button>
      <button type="button" onClick={onOpen}>
        Open evidence (Enter)
      </button>
    </div>
  )
}
