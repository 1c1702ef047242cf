// The themes view, in the library's and the reader's place: a matrix of articles by reform themes
// (shaded by strength, ✓/✗ for the user's verdicts; sorted, grouped by month, outlet or province,
// groups aggregated and opened in place) and a timeline of articles per theme by month. A cell or a
// point opens its evidence in the reader; C, R and Delete decide the selected cell (one undo step).
import { useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SafeText } from '../bidi/SafeText'
import { useFocusReturn } from '../keys/use-focus-return'
import { MatrixGrid } from './MatrixGrid'
import { sortedRows } from './matrix-rows'
import { SelectedCell } from './SelectedCell'
import { ThemesToolbar, type ThemesTab } from './ThemesToolbar'
import { TimelinePanel } from './TimelinePanel'
import { useEvidenceOpener } from './use-evidence-opener'
import { useMatrixState } from './use-matrix-state'
import { useThemeMatrix } from './use-theme-matrix'
import { useThemesExport } from './use-themes-export'
import { timelineOf } from './timeline-series'
import './themes-view.css'

export function ThemesView({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('themesView')
  const { matrix, labels, titleOf, error } = useThemeMatrix()
  const [tab, setTab] = useState<ThemesTab>('matrix')
  const [status, setStatus] = useState<string | null>(null)
  const section = useRef<HTMLElement>(null)
  const chart = useRef<SVGSVGElement>(null)
  useFocusReturn(section)
  const openEvidence = useEvidenceOpener(onClose)
  const state = useMatrixState(matrix, titleOf, openEvidence)
  const { sort, rows, selected } = state
  const timeline = useMemo(() => (matrix && tab === 'timeline' ? timelineOf(matrix) : null), [matrix, tab])
  const sorted = useCallback(() => (matrix ? sortedRows(matrix, sort, titleOf) : []), [matrix, sort, titleOf])
  const exporter = useThemesExport(
    useMemo(
      () => ({ matrix, rows, sorted, timeline, chart, labels, titleOf }),
      [matrix, rows, sorted, timeline, labels, titleOf]
    )
  )

  const message = state.message ?? status ?? exporter.message
  return (
    <section
      ref={section}
      className="themes-view"
      aria-label={t('label')}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.preventDefault()
        onClose()
      }}
    >
      <div className="tm-header">
        <h2 className="pane-title">{t('title')}</h2>
        <button type="button" className="small quiet" title={t('closeTitle')} onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <ThemesToolbar
        tab={tab}
        sort={sort}
        grouping={state.grouping}
        busy={exporter.busy || !matrix}
        onTab={setTab}
        onSort={state.setSort}
        onGrouping={state.setGrouping}
        onExport={(kind) => void exporter.run(tab, kind)}
      />
      {error && (
        <p className="error" role="alert">
          <SafeText text={error} />
        </p>
      )}
      {!matrix && !error && <p className="empty">{t('reading')}</p>}
      {matrix && (
        <p className="tm-summary">
          {t('summary', { articles: matrix.ids.length.toLocaleString('en'), themes: matrix.themes.length })}
          {matrix.pending > 0 && ` · ${t('pending', { count: matrix.pending })}`} · {t('legend')}
        </p>
      )}
      {matrix?.themes.length === 0 && <p className="empty">{t('noThemes')}</p>}
      {matrix && tab === 'matrix' && (
        <>
          <MatrixGrid
            matrix={matrix}
            rows={rows}
            labels={labels}
            titleOf={titleOf}
            selected={selected}
            sort={sort}
            onSelect={state.setSelected}
            onOpen={state.open}
            onToggle={state.toggle}
            onSort={state.setSort}
            onKeyDown={state.onGridKey}
          />
          <SelectedCell
            matrix={matrix}
            row={rows[selected.row]}
            column={selected.column}
            labels={labels}
            titleOf={titleOf}
            busy={state.busy}
            onDecide={state.decideSelected}
            onOpen={() => state.open(selected)}
          />
        </>
      )}
      {matrix && timeline && tab === 'timeline' && (
        <TimelinePanel
          matrix={matrix}
          timeline={timeline}
          labels={labels}
          titleOf={titleOf}
          chart={chart}
          onOpen={(id, themeId) => void openEvidence(id, themeId).then(setStatus)}
        />
      )}
      <p className="tm-status" role="status">
        {message && <SafeText text={message} />}
      </p>
    </section>
  )
}
