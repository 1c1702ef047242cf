// The exports of what the view shows: the matrix (every article in the chosen order as CSV; the
// rows as shown, groups and opened groups, as SVG and PNG) or the timeline (the months as CSV; the
// chart as drawn, the hidden series left out, as SVG and PNG).
import { useCallback, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { ThemeMatrix } from '../../../common/model/theme-matrix'
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import { download, exportName } from './download'
import { matrixCsv, timelineCsv } from './export-csv'
import { matrixSvg } from './matrix-svg'
import type { MatrixRow, TitleOf } from './matrix-rows'
import { svgToPng } from './paint-svg'
import { serialiseSvg } from './svg-builder'
import type { Timeline } from './timeline-series'
import type { ExportKind, ThemesTab } from './ThemesToolbar'

/** Rows a PNG of the matrix holds at most (22 px each, under the canvas's 32,767 px). */
const PNG_ROWS = 1400

interface Sources {
  matrix: ThemeMatrix | null
  rows: MatrixRow[]
  sorted: () => number[]
  timeline: Timeline | null
  chart: RefObject<SVGSVGElement | null>
  labels: ReadonlyMap<string, ThemeLabel>
  titleOf: TitleOf
}

export function useThemesExport(sources: Sources) {
  const { t } = useTranslation('themesView')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const run = useCallback(
    async (tab: ThemesTab, kind: ExportKind) => {
      const { matrix, rows, timeline, chart, labels, titleOf } = sources
      if (!matrix) return
      setBusy(true)
      setMessage(null)
      try {
        const name = exportName(tab, kind)
        if (kind === 'csv') {
          const text =
            tab === 'matrix'
              ? matrixCsv(matrix, sources.sorted(), labels, titleOf)
              : timelineCsv(timeline ?? { months: [], counts: [], undated: 0 }, matrix.themes, labels)
          download(new Blob([text], { type: 'text/csv;charset=utf-8' }), name)
        } else {
          const picture =
            tab === 'matrix'
              ? matrixSvg(matrix, rows, labels, titleOf, kind === 'png' ? PNG_ROWS : Infinity)
              : { svg: chart.current, rows: 0 }
          if (!picture.svg) throw new Error(t('chartNotDrawn'))
          const blob =
            kind === 'svg'
              ? new Blob([serialiseSvg(picture.svg)], { type: 'image/svg+xml' })
              : await svgToPng(picture.svg)
          download(blob, name)
          if (tab === 'matrix' && kind === 'png' && rows.length > PNG_ROWS)
            setMessage(t('pngClipped', { shown: PNG_ROWS, total: rows.length }))
        }
        setMessage((shown) => shown ?? t('saved', { name }))
      } catch (err) {
        setMessage(t('couldNotExport', { reason: err instanceof Error ? err.message : String(err) }))
      } finally {
        setBusy(false)
      }
    },
    [sources, t]
  )
  return { run, busy, message }
}
