// A timeline point's articles (one month, one theme), strongest first: each opens in the reader at
// the theme's evidence. Shown beside the chart; Esc or ✕ closes it.
import { useTranslation } from 'react-i18next'
import type { ThemeMatrix } from '../../../common/model/theme-matrix'
import { cellStrength } from '../../../common/model/theme-matrix'
import { SafeText } from '../bidi/SafeText'
import type { TitleOf } from './matrix-rows'
import { percent } from './shade'

interface Props {
  matrix: ThemeMatrix
  month: string
  column: number
  themeName: string
  rows: number[]
  titleOf: TitleOf
  onOpen: (articleId: string) => void
  onClose: () => void
}

export function PointArticles({ matrix, month, column, themeName, rows, titleOf, onOpen, onClose }: Props) {
  const { t } = useTranslation('themesView')
  return (
    <section className="tm-point-list" aria-label={t('pointList', { month })}>
      <div className="tm-point-head">
        <h3>
          {month} · <SafeText text={themeName} /> · {t('articleCount', { count: rows.length, n: rows.length })}
        </h3>
        <button type="button" className="small quiet" onClick={onClose} title={t('closeList')}>
          ✕
        </button>
      </div>
      <ul>
        {rows.map((row) => {
          const id = matrix.ids[row] ?? ''
          const outlet = matrix.outletNames[matrix.outlets[row] ?? -1]
          return (
            <li key={id}>
              <button type="button" onClick={() => onOpen(id)}>
                <span className="tm-title">
                  <SafeText text={titleOf(id)} />
                </span>
                <span className="tm-meta">
                  {matrix.dates[row]} {outlet && <SafeText text={outlet} />} ·{' '}
                  {percent(cellStrength(matrix.cells[row * matrix.themes.length + column] ?? 0))}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
