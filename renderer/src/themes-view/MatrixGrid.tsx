// The matrix: one row per article or group, one column per theme, virtualised (only the rows in
// view are in the page, so 10,000 articles paint as fast as 30). The grid holds the focus and
// points at the selected cell with aria-activedescendant; keys come through matrix-keys.ts.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ThemeMatrix } from '../../../common/model/theme-matrix'
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import { SafeText } from '../bidi/SafeText'
import { ArticleLabel } from './ArticleLabel'
import { ArticleCell, GroupCell } from './MatrixCell'
import { MatrixHead } from './MatrixHead'
import type { CellAt } from './matrix-keys'
import type { MatrixRow, MatrixSort, TitleOf } from './matrix-rows'

const ROW_HEIGHT = 30

interface Props {
  matrix: ThemeMatrix
  rows: MatrixRow[]
  labels: ReadonlyMap<string, ThemeLabel>
  titleOf: TitleOf
  selected: CellAt
  sort: MatrixSort
  onSelect: (at: CellAt) => void
  /** Enter, a double click or a click on the selected cell: an article's evidence, or a group opened. */
  onOpen: (at: CellAt) => void
  onToggle: (row: number) => void
  onSort: (sort: MatrixSort) => void
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, page: number) => void
}

export const cellId = (row: number, column: number) => `tm-cell-${row}-${column}`

export function MatrixGrid(props: Props) {
  const { matrix, rows, labels, titleOf, selected, onSelect, onOpen, onToggle } = props
  const { t } = useTranslation('themesView')
  const body = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => body.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10
  })
  useEffect(() => {
    if (selected.row >= 0) virtualizer.scrollToIndex(selected.row, { align: 'auto' })
  }, [selected.row, virtualizer])
  const page = Math.max(1, Math.floor((body.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1)
  const themeName = (id: string) => labels.get(id)?.label.th ?? id
  const pick = (at: CellAt) => (selected.row === at.row && selected.column === at.column ? onOpen(at) : onSelect(at))

  return (
    <div
      role="grid"
      className="tm-grid"
      tabIndex={0}
      aria-label={t('gridLabel')}
      aria-rowcount={rows.length + 1}
      aria-colcount={matrix.themes.length + 1}
      aria-activedescendant={selected.row >= 0 ? cellId(selected.row, selected.column) : undefined}
      onKeyDown={(event) => props.onKeyDown(event, page)}
      style={{ ['--tm-columns' as string]: matrix.themes.length }}
    >
      <MatrixHead themes={matrix.themes} labels={labels} sort={props.sort} onSort={props.onSort} />
      <div role="rowgroup" className="tm-body" ref={body}>
        <div className="tm-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as MatrixRow
            return (
              <div
                role="row"
                key={item.key}
                aria-rowindex={item.index + 2}
                aria-expanded={row.kind === 'group' ? row.expanded : undefined}
                className={`tm-row ${row.kind === 'group' ? 'tm-group' : row.inGroup ? 'tm-article tm-in-group' : 'tm-article'}`}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.kind === 'group' ? (
                  <div role="rowheader" className="tm-label" onClick={() => onToggle(item.index)}>
                    <span className="tm-twisty" aria-hidden="true">
                      {row.expanded ? '▾' : '▸'}
                    </span>
                    <SafeText text={row.label} />
                    <span className="tm-meta">
                      {t('articleCount', { count: row.rows.length, n: row.rows.length.toLocaleString('en') })}
                    </span>
                  </div>
                ) : (
                  <ArticleLabel matrix={matrix} row={row.row} title={titleOf(matrix.ids[row.row] ?? '')} />
                )}
                {matrix.themes.map((id, column) => {
                  const at = { row: item.index, column }
                  const common = {
                    id: cellId(item.index, column),
                    selected: selected.row === item.index && selected.column === column,
                    themeName: themeName(id),
                    onPick: () => pick(at),
                    onOpen: () => onOpen(at)
                  }
                  return row.kind === 'group' ? (
                    <GroupCell
                      key={id}
                      {...common}
                      carrying={row.carrying[column] ?? 0}
                      mean={row.meanStrength[column] ?? 0}
                      size={row.rows.length}
                    />
                  ) : (
                    <ArticleCell
                      key={id}
                      {...common}
                      packed={matrix.cells[row.row * matrix.themes.length + column] ?? 0}
                    />
                  )
                })}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
