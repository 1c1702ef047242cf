// The matrix as an SVG picture, rows as the view shows them (groups with their counts, the
// articles of opened groups): themes numbered across the top with a key above, each cell in its
// strength's shade with ✓ or ✗, as in the view. `maxRows` bounds a PNG (a canvas is at most 32,767
// pixels high); the SVG takes every row.
import { unpackCell, type ThemeMatrix } from '../../../common/model/theme-matrix'
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import type { MatrixRow, TitleOf } from './matrix-rows'
import { shadeFill, shadeOf } from './shade'
import { shorten, svgElement, svgRoot } from './svg-builder'

const LABEL = 420
const CELL = 48
const ROW = 22
const KEY_LINE = 18

export function matrixSvg(
  matrix: ThemeMatrix,
  rows: readonly MatrixRow[],
  labels: ReadonlyMap<string, ThemeLabel>,
  titleOf: TitleOf,
  maxRows = Infinity
): { svg: SVGSVGElement; rows: number } {
  const shownRows = rows.slice(0, maxRows)
  const keyHeight = matrix.themes.length * KEY_LINE + 16
  const top = keyHeight + ROW + 4
  const width = LABEL + matrix.themes.length * CELL + 16
  const svg = svgRoot(width, top + shownRows.length * ROW + 8)
  matrix.themes.forEach((id, column) => {
    const label = labels.get(id)?.label
    const text = `${column + 1}. ${label ? `${label.th} (${label.en})` : id}`
    svg.append(svgElement('text', { x: 8, y: 16 + column * KEY_LINE, 'font-size': 13, fill: '#24211c' }, text))
    const x = LABEL + column * CELL + CELL / 2
    const head = {
      x,
      y: keyHeight + 14,
      'font-size': 13,
      'font-weight': 'bold',
      'text-anchor': 'middle',
      fill: '#24211c'
    }
    svg.append(svgElement('text', head, String(column + 1)))
  })
  shownRows.forEach((row, at) => {
    const y = top + at * ROW
    const text = row.kind === 'group' ? `${row.label} (${row.rows.length})` : rowLabel(matrix, row.row, titleOf)
    const indent = row.kind === 'article' && row.inGroup ? 20 : 8
    const weight = row.kind === 'group' ? 'bold' : 'normal'
    svg.append(
      svgElement('text', { x: indent, y: y + 15, 'font-size': 12, 'font-weight': weight, fill: '#24211c' }, text)
    )
    matrix.themes.forEach((_, column) => {
      const x = LABEL + column * CELL
      const { strength, mark } = cellFace(matrix, row, column)
      const rect = { x, y, width: CELL - 2, height: ROW - 2, fill: shadeFill(shadeOf(strength)), stroke: '#dcd6c8' }
      svg.append(svgElement('rect', rect))
      if (!mark) return
      const fill = strength > 0.55 ? '#ffffff' : '#24211c'
      const face = { x: x + CELL / 2 - 1, y: y + 15, 'font-size': 13, 'text-anchor': 'middle', fill }
      svg.append(svgElement('text', face, mark))
    })
  })
  return { svg, rows: shownRows.length }
}

function rowLabel(matrix: ThemeMatrix, row: number, titleOf: TitleOf): string {
  const date = matrix.dates[row] ?? matrix.years[row] ?? ''
  return shorten(`${date ? `${date} · ` : ''}${titleOf(matrix.ids[row] ?? '')}`, 50)
}

function cellFace(matrix: ThemeMatrix, row: MatrixRow, column: number): { strength: number; mark: string } {
  if (row.kind === 'group') {
    const carrying = row.carrying[column] ?? 0
    return { strength: row.meanStrength[column] ?? 0, mark: carrying > 0 ? String(carrying) : '' }
  }
  const { strength, verdict } = unpackCell(matrix.cells[row.row * matrix.themes.length + column] ?? 0)
  return { strength, mark: verdict === 'confirmed' ? '✓' : verdict === 'rejected' ? '✗' : '' }
}
