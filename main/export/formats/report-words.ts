// The few words and marks the Markdown notes and the report share, so both describe an orphaned
// highlight and a theme verdict the same way. A verdict is never a mark alone: ✓ and ✗ come with
// their word where there is room.
import type { ExportArticleTheme } from '../export-model'

export const ORPHAN_MARK = '(passage not found in the current text)'

export function themeMark(theme: Pick<ExportArticleTheme, 'verdict'>): string {
  return theme.verdict === 'confirmed' ? '✓' : theme.verdict === 'rejected' ? '✗' : '◦'
}

/** `confirmed`, `rejected`, `detected` (shown by detection, no verdict) or `cues found`. */
export function verdictWord(theme: Pick<ExportArticleTheme, 'verdict' | 'detected'>): string {
  return theme.verdict ?? (theme.detected ? 'detected' : 'cues found')
}

/** `✓ confirmed by nok on 2026-12-03 · strength 0.980`, `◦ detected · strength 0.891`. */
export function verdictWords(theme: ExportArticleTheme): string {
  const strength = `strength ${theme.strength.toFixed(3)}`
  if (!theme.verdict) return `${themeMark(theme)} ${verdictWord(theme)} · ${strength}`
  const by = theme.decidedBy ? ` by ${theme.decidedBy}` : ''
  const on = theme.decidedAt ? ` on ${theme.decidedAt.slice(0, 10)}` : ''
  return `${themeMark(theme)} ${theme.verdict}${by}${on} · ${strength}`
}
