// The themes view's controls: matrix or timeline, the matrix's order and grouping, the exports.
import { useTranslation } from 'react-i18next'
import type { MatrixGrouping, MatrixSort } from './matrix-rows'

export type ThemesTab = 'matrix' | 'timeline'
export type ExportKind = 'csv' | 'svg' | 'png'

const SORTS = [
  ['date-desc', 'sortNewest'],
  ['date-asc', 'sortOldest'],
  ['title', 'sortTitle'],
  ['outlet', 'sortOutlet'],
  ['province', 'sortProvince']
] as const satisfies ReadonlyArray<readonly [MatrixSort, string]>
const GROUPINGS = [
  ['none', 'groupNone'],
  ['month', 'groupMonth'],
  ['outlet', 'groupOutlet'],
  ['province', 'groupProvince'],
  ['province-2025', 'groupProvince2025']
] as const satisfies ReadonlyArray<readonly [MatrixGrouping, string]>

interface Props {
  tab: ThemesTab
  sort: MatrixSort
  grouping: MatrixGrouping
  busy: boolean
  onTab: (tab: ThemesTab) => void
  onSort: (sort: MatrixSort) => void
  onGrouping: (grouping: MatrixGrouping) => void
  onExport: (kind: ExportKind) => void
}

export function ThemesToolbar({ tab, sort, grouping, busy, onTab, onSort, onGrouping, onExport }: Props) {
  const { t } = useTranslation('themesView')
  return (
    <div className="tm-toolbar">
      <div className="tm-tabs" role="tablist" aria-label={t('show')}>
        {(['matrix', 'timeline'] as const).map((kind) => (
          <button key={kind} type="button" role="tab" aria-selected={tab === kind} onClick={() => onTab(kind)}>
            {kind === 'matrix' ? t('tabMatrix') : t('tabTimeline')}
          </button>
        ))}
      </div>
      {tab === 'matrix' && (
        <>
          <label>
            {t('sort')}{' '}
            <select
              value={sort.startsWith('theme:') ? '' : sort}
              onChange={(e) => onSort(e.target.value as MatrixSort)}
            >
              {sort.startsWith('theme:') && <option value="">{t('sortByTheme')}</option>}
              {SORTS.map(([value, label]) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('groupBy')}{' '}
            <select value={grouping} onChange={(e) => onGrouping(e.target.value as MatrixGrouping)}>
              {GROUPINGS.map(([value, label]) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <div className="tm-exports" role="group" aria-label={t(tab === 'matrix' ? 'exportMatrix' : 'exportTimeline')}>
        <span>{t('export')}</span>
        {(['csv', 'svg', 'png'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={busy}
            title={t(tab === 'matrix' ? 'saveMatrixAs' : 'saveTimelineAs', { format: kind.toUpperCase() })}
            onClick={() => onExport(kind)}
          >
            {kind.toUpperCase()}
          </button>
        ))}
      </div>
    </div>
  )
}
