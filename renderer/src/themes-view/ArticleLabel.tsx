// An article's row header in the matrix: its title (the library's), then date, outlet and province.
import type { ThemeMatrix } from '../../../common/model/theme-matrix'
import { SafeText } from '../bidi/SafeText'

export function ArticleLabel({ matrix, row, title }: { matrix: ThemeMatrix; row: number; title: string }) {
  const outlet = matrix.outletNames[matrix.outlets[row] ?? -1]
  const province = matrix.provinceLabels[matrix.provinces[row] ?? -1]
  const date = matrix.dates[row] ?? (matrix.years[row] ? String(matrix.years[row]) : null)
  return (
    <div role="rowheader" className="tm-label">
      <span className="tm-title">
        <SafeText text={title} />
      </span>
      <span className="tm-meta">
        {[date, outlet, province?.th].filter(Boolean).map((part, at) => (
          <span key={at}>
            <SafeText text={part as string} />
          </span>
        ))}
      </span>
    </div>
  )
}
