import './overview.css'
import type { Overview, OverviewKind } from './use-overview'

const VIEWS: Array<{ kind: OverviewKind; label: string; keys: string }> = [
  { kind: 'documents', label: 'Documents', keys: 'Ctrl+Shift+D' },
  { kind: 'themes', label: 'Themes', keys: 'Ctrl+Shift+M' }
]

/** The top bar's way to the corpus-wide views; the shown one is pressed, and pressing it again reads on. */
export function OverviewSwitch({ overview }: { overview: Overview }) {
  return (
    <nav className="overview-switch" aria-label="Views">
      {VIEWS.map(({ kind, label, keys }) => (
        <button
          key={kind}
          type="button"
          aria-pressed={overview.shown === kind}
          title={`${label} across the library (${keys})`}
          onClick={() => overview.toggle(kind)}
        >
          {label}
        </button>
      ))}
    </nav>
  )
}
