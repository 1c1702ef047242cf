// The themes view's controls: matrix or timeline, the matrix's order and grouping, the exports.
import type { MatrixGrouping, MatrixSort } from './matrix-rows'

export type ThemesTab = 'matrix' | 'timeline'
export type ExportKind = 'csv' | 'svg' | 'png'

const SORTS: Array<[MatrixSort, string]> = [
  ['date-desc', 'Newest first'],
  ['date-asc', 'Oldest first'],
  ['title', 'Title'],
  ['outlet', 'Outlet'],
  ['province', 'Province']
]
const GROUPINGS: Array<[MatrixGrouping, string]> = [
  ['none', 'No groups'],
  ['month', 'Month'],
  ['outlet', 'Outlet'],
  ['province', 'Province (as named)'],
  ['province-2025', 'Province (since July 2025)']
]

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
  return (
    <div className="tm-toolbar">
      <div className="tm-tabs" role="tablist" aria-label="Show">
        {(['matrix', 'timeline'] as const).map((kind) => (
          <button key={kind} type="button" role="tab" aria-selected={tab === kind} onClick={() => onTab(kind)}>
            {kind === 'matrix' ? 'Matrix' : 'Timeline'}
          </button>
        ))}
      </div>
      {tab === 'matrix' && (
        <>
          <label>
            Sort{' '}
            <select
              value={sort.startsWith('theme:') ? '' : sort}
              onChange={(e) => onSort(e.target.value as MatrixSort)}
            >
              {sort.startsWith('theme:') && <option value="">By the theme clicked</option>}
              {SORTS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Group by{' '}
            <select value={grouping} onChange={(e) => onGrouping(e.target.value as MatrixGrouping)}>
              {GROUPINGS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <div className="tm-exports" role="group" aria-label={`Export the ${tab}`}>
        <span>Export</span>
        {(['csv', 'svg', 'png'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={busy}
            title={`Save the ${tab} as ${kind.toUpperCase()}`}
            onClick={() => onExport(kind)}
          >
            {kind.toUpperCase()}
          </button>
        ))}
      </div>
    </div>
  )
}
