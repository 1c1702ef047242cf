// The matrix's column headings: each theme's Thai label over its English one; a click sorts the
// rows by that theme's strength.
import { useTranslation } from 'react-i18next'
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import type { MatrixSort } from './matrix-rows'

interface Props {
  themes: string[]
  labels: ReadonlyMap<string, ThemeLabel>
  sort: MatrixSort
  onSort: (sort: MatrixSort) => void
}

export function MatrixHead({ themes, labels, sort, onSort }: Props) {
  const { t } = useTranslation('themesView')
  return (
    <div role="row" className="tm-row tm-head" aria-rowindex={1}>
      <div role="columnheader" className="tm-label">
        {t('article')}
      </div>
      {themes.map((id, column) => {
        const label = labels.get(id)?.label
        const sorted = sort === `theme:${column}`
        return (
          <div role="columnheader" key={id} className="tm-theme-head" aria-sort={sorted ? 'descending' : 'none'}>
            <button
              type="button"
              title={t('sortByThemeTitle', { theme: label?.en ?? id })}
              onClick={() => onSort(`theme:${column}`)}
            >
              <span className="tm-th">{label?.th ?? id}</span>
              <span className="tm-en">{label?.en ?? ''}</span>
            </button>
          </div>
        )
      })}
    </div>
  )
}
