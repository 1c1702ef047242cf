// The timeline tab: which series show (a button a theme, pressed while shown), the chart, and the
// list of a clicked point's articles.
import { useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { ThemeMatrix } from '../../../common/model/theme-matrix'
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import type { TitleOf } from './matrix-rows'
import { seriesColour } from './palette'
import { PointArticles } from './PointArticles'
import { TimelineChart } from './TimelineChart'
import { pointRows, type Timeline } from './timeline-series'

interface Props {
  matrix: ThemeMatrix
  timeline: Timeline
  labels: ReadonlyMap<string, ThemeLabel>
  titleOf: TitleOf
  chart: RefObject<SVGSVGElement | null>
  onOpen: (articleId: string, themeId: string) => void
}

export function TimelinePanel({ matrix, timeline, labels, titleOf, chart, onOpen }: Props) {
  const { t } = useTranslation('themesView')
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const [point, setPoint] = useState<{ month: string; column: number } | null>(null)
  const themeId = point ? (matrix.themes[point.column] ?? '') : ''
  const toggle = (id: string) =>
    setHidden((old) => {
      const next = new Set(old)
      if (!next.delete(id)) next.add(id)
      return next
    })
  if (timeline.months.length === 0) return <p className="empty">{t('noTimeline')}</p>
  return (
    <div className="tm-timeline">
      <div className="tm-series" role="group" aria-label={t('seriesShown')}>
        {matrix.themes.map((id, column) => (
          <button key={id} type="button" aria-pressed={!hidden.has(id)} onClick={() => toggle(id)}>
            <svg width="14" height="10" aria-hidden="true">
              <rect width="14" height="10" fill={seriesColour(column)} />
            </svg>
            {labels.get(id)?.label.th ?? id}
          </button>
        ))}
      </div>
      <div className="tm-chart-area">
        <TimelineChart
          timeline={timeline}
          themes={matrix.themes}
          labels={labels}
          hidden={hidden}
          svgRef={chart}
          onPoint={(month, column) => setPoint({ month, column })}
        />
        {point && (
          <div
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return
              event.stopPropagation()
              setPoint(null)
            }}
          >
            <PointArticles
              matrix={matrix}
              month={point.month}
              column={point.column}
              themeName={labels.get(themeId)?.label.th ?? themeId}
              rows={pointRows(matrix, point.month, point.column)}
              titleOf={titleOf}
              onOpen={(id) => onOpen(id, themeId)}
              onClose={() => setPoint(null)}
            />
          </div>
        )}
      </div>
      {timeline.undated > 0 && <p className="tm-hint">{t('undated', { count: timeline.undated })}</p>}
    </div>
  )
}
