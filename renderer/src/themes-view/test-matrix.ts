// A small packed matrix for the themes view's tests: rows given as [id, date, outlet, province, cells].
import { packCell, type MatrixCell, type ThemeMatrix } from '../../../common/model/theme-matrix'

type Row = [id: string, date: string | null, outlet: number, province: number, cells: Partial<MatrixCell>[]]

export const cell = (strength: number, detected = strength >= 0.3, verdict: MatrixCell['verdict'] = null) =>
  ({ strength, detected, verdict }) as MatrixCell

export function testMatrix(themes: string[], rows: Row[]): ThemeMatrix {
  return {
    themes,
    ids: rows.map((r) => r[0]),
    dates: rows.map((r) => r[1]),
    years: rows.map((r) => (r[1] ? Number(r[1].slice(0, 4)) : null)),
    outlets: rows.map((r) => r[2]),
    provinces: rows.map((r) => r[3]),
    outletNames: ['Nhân dân', 'Quân đội nhân dân'],
    provinceLabels: [
      { id: 'hai-duong', vi: 'Hải Dương', th: 'ไห่เซือง', mergedInto: 'hai-phong' },
      { id: 'hai-phong', vi: 'Hải Phòng', th: 'ไฮฟอง', mergedInto: null },
      { id: 'quang-ninh', vi: 'Quảng Ninh', th: 'กว๋างนิญ', mergedInto: null }
    ],
    cells: rows.flatMap((r) =>
      themes.map((_, at) => packCell({ strength: 0, detected: false, verdict: null, ...r[4][at] }))
    ),
    pending: 0
  }
}
