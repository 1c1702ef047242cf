// One colour per theme series (ten themes ship; more wrap round): distinct on paper and in print,
// given as SVG attributes (not styles), so an exported chart carries its colours with it.
export const SERIES_COLOURS = [
  '#2f5d62',
  '#c0622b',
  '#5b4b8a',
  '#3d8b37',
  '#b8336a',
  '#8a6d1d',
  '#1f77b4',
  '#7f7f7f',
  '#9c3d2e',
  '#17a2a8'
]

export const seriesColour = (column: number): string => SERIES_COLOURS[column % SERIES_COLOURS.length] as string
