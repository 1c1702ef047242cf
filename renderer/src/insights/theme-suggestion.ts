// What a theme decision records of the detection the user saw when deciding, so a reviewer can
// later audit which ontology version and cues led to it. One builder for the About tab and the
// review list, so a decision made either way records the same.
import type { ArticleTheme } from '../../../common/model/intelligence-types'
import type { ThemeSuggestion } from '../../../common/model/theme-decision'

/** The API takes at most this many cues per suggestion (common/api/contract.ts). */
const MAX_CUES = 500

export function themeSuggestion(theme: ArticleTheme | null | undefined): ThemeSuggestion | null {
  if (!theme) return null
  return {
    strength: theme.strength,
    detected: theme.detected,
    ontologyVersion: theme.ontologyVersion,
    cues: [...new Set(theme.evidence.flatMap((evidence) => evidence.cues.map((cue) => cue.cue)))].slice(0, MAX_CUES)
  }
}
