import './overview.css'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { themeMatrixQuery } from '../themes-view/use-theme-matrix'
import type { Overview, OverviewKind } from './use-overview'

const VIEWS: Array<{ kind: OverviewKind; keys: string }> = [
  { kind: 'documents', keys: 'Ctrl+Shift+D' },
  { kind: 'themes', keys: 'Ctrl+Shift+M' }
]

/** The top bar's way to the corpus-wide views; the shown one is pressed, and pressing it again reads on. */
export function OverviewSwitch({ overview }: { overview: Overview }) {
  const client = useQueryClient()
  const { t } = useTranslation()
  // The matrix is the one large answer (0.8 MB at 10,000 articles): asked for as the pointer
  // reaches its button, it is mostly in by the click (kept while fresh, so this costs nothing later).
  const askAhead = (kind: OverviewKind) => kind === 'themes' && void client.prefetchQuery(themeMatrixQuery())
  return (
    <nav className="overview-switch" aria-label={t('views.label')}>
      {VIEWS.map(({ kind, keys }) => (
        <button
          key={kind}
          type="button"
          aria-pressed={overview.shown === kind}
          title={t('views.title', { view: t(`views.${kind}`), keys })}
          onClick={() => overview.toggle(kind)}
          onPointerEnter={() => askAhead(kind)}
          onFocus={() => askAhead(kind)}
        >
          {t(`views.${kind}`)}
        </button>
      ))}
    </nav>
  )
}
