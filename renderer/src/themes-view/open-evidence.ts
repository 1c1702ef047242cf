// Where a theme's evidence starts in an article: its first evidence paragraph in the text (the
// title's evidence has offsets into the title, which the reader cannot scroll to), from the first
// cue to the last cue there, as UTF-16 offsets into the article text as the cues give them.
import type { IndexedAnalysis } from '../../../common/model/intelligence-types'

export function evidenceRange(
  analysis: IndexedAnalysis | null,
  themeId: string
): { start: number; end: number } | undefined {
  const theme = analysis?.themes.find((t) => t.id === themeId)
  const first = theme?.evidence.find((evidence) => evidence.paragraph >= 0 && evidence.cues.length > 0)
  if (!first) return undefined
  const start = Math.min(...first.cues.map((cue) => cue.start))
  const end = Math.max(...first.cues.map((cue) => cue.end))
  return end > start ? { start, end } : undefined
}
