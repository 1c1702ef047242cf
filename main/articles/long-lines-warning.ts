// The warning an article carries when lines of its file were too long to be paragraphs: shown in
// the library row and the reader's header, and counted in the import's report.
import type { SplitLine } from './parsed-article'
import { LONG_LINE } from './split-long-line'

/** In every such warning, so the import can recognise them among the others. */
export const LONG_LINES_MARK = 'very long line'

export function longLinesWarning(splitLines: SplitLine[]): string | null {
  const lines = splitLines.length
  if (lines === 0) return null
  const paragraphs = splitLines.reduce((sum, line) => sum + line.cuts.length + 1, 0)
  const count = lines === 1 ? `1 ${LONG_LINES_MARK}` : `${lines.toLocaleString('en')} ${LONG_LINES_MARK}s`
  return (
    `${count} (over ${LONG_LINE.toLocaleString('en')} characters) ${lines === 1 ? 'was' : 'were'} split into ` +
    `${paragraphs.toLocaleString('en')} ` +
    'paragraphs at sentence or word boundaries; “show original” marks each cut.'
  )
}

/** Whether an article's warnings say long lines were split: the import lists such files. */
export function hasSplitLines(warnings: readonly string[]): boolean {
  return warnings.some((warning) => warning.includes(LONG_LINES_MARK))
}
