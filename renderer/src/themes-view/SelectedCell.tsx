// Under the matrix: what the selected cell is (article or group, theme, strength, verdict) and its
// actions for the mouse, which the keys also do (C, R, Delete, Enter).
import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation('themesView')
  const themeId = matrix.themes[column]
  const label = themeId ? labels.get(themeId)?.label : undefined
  if (!row || !themeId) return <p className="tm-selected tm-hint">{t('selectHint')}</p>
  const theme = `${label?.th ?? themeId} (${label?.en ?? ''})`
  if (row.kind === 'group')
    return (
      <p className="tm-selected">
        <strong>
          <SafeText text={row.label} />
        </strong>{' '}
        ·{' '}
        {t('groupCell', {
          theme,
          carrying: row.carrying[column] ?? 0,
          count: row.rows.length,
          mean: percent(row.meanStrength[column] ?? 0)
        })}{' '}
        <button type="button" onClick={onOpen}>
          {row.expanded ? t('closeGroup') : t('openGroup')}
        </button>
      </p>
    )
  const cell = unpackCell(matrix.cells[row.row * matrix.themes.length + column] ?? 0)
  const state = t(`state.${cell.verdict ?? (cell.detected ? 'detected' : cell.strength > 0 ? 'faintOnly' : 'none')}`)
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
        {t('confirm')}
      </button>
      <button
        type="button"
        disabled={busy}
        aria-pressed={cell.verdict === 'rejected'}
        onClick={() => onDecide('rejected')}
      >
        {t('reject')}
      </button>
      <button type="button" disabled={busy || cell.verdict === null} onClick={() => onDecide(null)}>
        {t('clear')}
      </button>
      <button type="button" onClick={onOpen}>
        {t('openEvidence')}
      </button>
    </div>
  )
}
