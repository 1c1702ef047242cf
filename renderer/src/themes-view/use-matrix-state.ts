// The matrix's state and what the user does to it: order, grouping, opened groups, the selected
// cell; a cell decided (C, R, Delete), opened (its evidence, or a group), moved by the keys.
import { useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ThemeMatrix } from '../../../common/model/theme-matrix'
import type { ThemeVerdict } from '../../../common/model/theme-decision'
import { gridKeyAction, type CellAt } from './matrix-keys'
import { matrixRows, type MatrixGrouping, type MatrixSort, type TitleOf } from './matrix-rows'
import { useDecideCell } from './use-decide-cell'
import type { EvidenceOpener } from './use-evidence-opener'

/** Past this many articles the matrix opens grouped by month: one row a month stays legible. */
const GROUP_ABOVE = 200
const NONE: CellAt = { row: -1, column: 0 }

export function useMatrixState(matrix: ThemeMatrix | null, titleOf: TitleOf, openEvidence: EvidenceOpener) {
  const { t } = useTranslation('themesView')
  const [sort, setSortState] = useState<MatrixSort>('date-desc')
  const [chosenGrouping, setGroupingState] = useState<MatrixGrouping | null>(null)
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const [selected, setSelected] = useState<CellAt>(NONE)
  const [status, setStatus] = useState<string | null>(null)
  const { decide, error, busy } = useDecideCell()
  const grouping = chosenGrouping ?? ((matrix?.ids.length ?? 0) > GROUP_ABOVE ? 'month' : 'none')
  const rows = useMemo(
    () => (matrix ? matrixRows(matrix, { sort, grouping, expanded, titleOf, t }) : []),
    [matrix, sort, grouping, expanded, titleOf, t]
  )

  const toggle = (index: number) => {
    const row = rows[index]
    if (row?.kind !== 'group') return
    setExpanded((old) => {
      const next = new Set(old)
      if (!next.delete(row.key)) next.add(row.key)
      return next
    })
  }
  const open = async (at: CellAt) => {
    const row = rows[at.row]
    if (!row || !matrix) return
    if (row.kind === 'group') return toggle(at.row)
    setStatus(t('opening'))
    setStatus(await openEvidence(matrix.ids[row.row] ?? '', matrix.themes[at.column] ?? null))
  }
  const decideSelected = (verdict: ThemeVerdict | null) => {
    const row = rows[selected.row]
    const themeId = matrix?.themes[selected.column]
    if (!matrix || !themeId || row?.kind !== 'article') return setStatus(t('decideInGroup'))
    setStatus(null)
    void decide(matrix.ids[row.row] ?? '', themeId, verdict)
  }
  const onGridKey = (event: KeyboardEvent<HTMLDivElement>, page: number) => {
    const action = gridKeyAction(event, selected, { rows: rows.length, columns: matrix?.themes.length ?? 0, page })
    if (!action) return
    event.preventDefault()
    if (action.kind === 'move') setSelected(action.to)
    else if (action.kind === 'decide') decideSelected(action.verdict)
    else if (action.kind === 'toggle') toggle(selected.row)
    else void open(selected)
  }

  return {
    sort,
    grouping,
    rows,
    selected,
    busy,
    /** The last thing worth telling: a refused verdict, an article that could not be opened. */
    message: error ?? status,
    setSelected,
    setSort: (next: MatrixSort) => {
      setSortState(next)
      setSelected(NONE)
    },
    setGrouping: (next: MatrixGrouping) => {
      setGroupingState(next)
      setSelected(NONE)
      setExpanded(new Set())
    },
    toggle,
    open: (at: CellAt) => void open(at),
    decideSelected,
    onGridKey
  }
}
