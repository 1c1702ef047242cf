// The timeline: articles carrying each theme, month by month, one line a theme (those not hidden),
// drawn as SVG with visx's scales and line path. Everything is an SVG attribute, never a style, so
// the same element exports as an SVG file and paints as a PNG (paint-svg.ts). A point is a button:
// click it, or Tab to it and press Enter, for that month's articles with the theme.
import { scaleLinear, scalePoint } from '@visx/scale'
import { LinePath } from '@visx/shape'
import { Group } from '@visx/group'
import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import { seriesColour } from './palette'
import { shorten } from './svg-builder'
import type { Timeline } from './timeline-series'

export const CHART = { width: 960, height: 420, top: 16, right: 24, bottom: 40, left: 48, legendRow: 20 }
const FONT = 'Sarabun, Loma, sans-serif'

interface Props {
  timeline: Timeline
  themes: string[]
  labels: ReadonlyMap<string, ThemeLabel>
  hidden: ReadonlySet<string>
  svgRef: RefObject<SVGSVGElement | null>
  onPoint: (month: string, column: number) => void
}

export function TimelineChart({ timeline, themes, labels, hidden, svgRef, onPoint }: Props) {
  const { t } = useTranslation('themesView')
  const shown = themes.map((id, column) => ({ id, column })).filter(({ id }) => !hidden.has(id))
  const legendRows = Math.ceil(shown.length / 2)
  const height = CHART.height + legendRows * CHART.legendRow
  const plotWidth = CHART.width - CHART.left - CHART.right
  const plotHeight = CHART.height - CHART.top - CHART.bottom
  const most = Math.max(1, ...shown.flatMap(({ column }) => timeline.counts[column] ?? []))
  const x = scalePoint<string>({ domain: timeline.months, range: [0, plotWidth], padding: 0.5 })
  const y = scaleLinear<number>({ domain: [0, most], range: [plotHeight, 0], nice: true })
  const every = Math.max(1, Math.ceil(timeline.months.length / 12))
  // Counts are whole articles: no tick between two.
  const ticks = y.ticks(Math.min(5, most)).filter((tick) => Number.isInteger(tick))
  const name = (id: string) => {
    const label = labels.get(id)?.label
    return label ? `${label.th} (${label.en})` : id
  }

  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      className="tm-chart"
      width={CHART.width}
      height={height}
      viewBox={`0 0 ${CHART.width} ${height}`}
      fontFamily={FONT}
      role="group"
      aria-label={t('chartLabel')}
    >
      <rect x={0} y={0} width={CHART.width} height={height} fill="#ffffff" />
      <Group left={CHART.left} top={CHART.top}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={0} x2={plotWidth} y1={y(tick)} y2={y(tick)} stroke="#dcd6c8" strokeWidth={1} />
            <text x={-8} y={y(tick) + 4} fontSize={12} textAnchor="end" fill="#6b655a">
              {tick}
            </text>
          </g>
        ))}
        <line x1={0} x2={plotWidth} y1={plotHeight} y2={plotHeight} stroke="#24211c" strokeWidth={1} />
        {timeline.months.map((month, at) =>
          at % every === 0 ? (
            <text key={month} x={x(month) ?? 0} y={plotHeight + 20} fontSize={12} textAnchor="middle" fill="#6b655a">
              {month}
            </text>
          ) : null
        )}
        {shown.map(({ id, column }) => {
          const counts = timeline.counts[column] ?? []
          const colour = seriesColour(column)
          return (
            <g key={id}>
              <LinePath
                data={timeline.months.map((month, at) => ({ month, count: counts[at] ?? 0 }))}
                x={(point) => x(point.month) ?? 0}
                y={(point) => y(point.count)}
                stroke={colour}
                strokeWidth={2}
                fill="none"
              />
              {timeline.months.map((month, at) =>
                (counts[at] ?? 0) > 0 ? (
                  <circle
                    key={month}
                    className="tm-point"
                    cx={x(month) ?? 0}
                    cy={y(counts[at] ?? 0)}
                    r={4}
                    fill={colour}
                    stroke="#ffffff"
                    strokeWidth={1}
                    tabIndex={0}
                    role="button"
                    aria-label={t('pointLabel', { theme: name(id), month, count: counts[at] })}
                    onClick={() => onPoint(month, column)}
                    onKeyDown={(event) => {
                      if (event.key !== 'Enter' && event.key !== ' ') return
                      event.preventDefault()
                      onPoint(month, column)
                    }}
                  >
                    <title>{t('pointLabel', { theme: name(id), month, count: counts[at] })}</title>
                  </circle>
                ) : null
              )}
            </g>
          )
        })}
      </Group>
      <Group left={CHART.left} top={CHART.height}>
        {shown.map(({ id, column }, at) => (
          <g key={id}>
            <line
              x1={(at % 2) * (plotWidth / 2)}
              x2={(at % 2) * (plotWidth / 2) + 18}
              y1={Math.floor(at / 2) * CHART.legendRow + 6}
              y2={Math.floor(at / 2) * CHART.legendRow + 6}
              stroke={seriesColour(column)}
              strokeWidth={3}
            />
            <text
              x={(at % 2) * (plotWidth / 2) + 24}
              y={Math.floor(at / 2) * CHART.legendRow + 10}
              fontSize={12}
              fill="#24211c"
            >
              {shorten(name(id), 62)}
            </text>
          </g>
        ))}
      </Group>
    </svg>
  )
}
