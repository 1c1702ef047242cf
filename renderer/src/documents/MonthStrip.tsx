import { useTranslation } from 'react-i18next'
import type { TimeAxis, MonthCounts } from './month-strip'
import { countsOnAxis, describeMonths } from './month-strip'

interface Props {
  months: MonthCounts
  undated: number
  axis: TimeAxis
  /** The highest count any strip shows, so that heights compare across documents. */
  scale: number
}

const HEIGHT = 20

/** Articles per month as a compact bar strip: SVG elements made by React, sized by attributes
 * (the app's CSP allows no injected styles), one column a month of the shared axis. */
export function MonthStrip({ months, undated, axis, scale }: Props) {
  const { t } = useTranslation('documents')
  const counts = countsOnAxis(months, axis)
  const width = Math.max(1, counts.length)
  return (
    <svg
      className="month-strip"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={describeMonths(months, undated, t)}
    >
      <title>{describeMonths(months, undated, t)}</title>
      <rect className="month-strip-base" x={0} y={HEIGHT - 0.6} width={width} height={0.6} />
      {counts.map((count, index) => {
        if (count === 0) return null
        const height = Math.max(3, (count / Math.max(1, scale)) * HEIGHT)
        return (
          <rect
            key={axis.slots[index]}
            className="month-strip-bar"
            x={index + 0.1}
            y={HEIGHT - height}
            width={0.8}
            height={height}
          >
            <title>{t('slotCount', { slot: axis.slots[index], count })}</title>
          </rect>
        )
      })}
    </svg>
  )
}
