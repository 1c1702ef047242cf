// A researcher's verdict on a reform theme for one article. Stored with the annotations (and
// undone with them), it always beats detection; it keeps what detection suggested when the user
// decided, so a reviewer can later audit which ontology version and cues led to the suggestion.
import { z } from 'zod'

export const themeDecisionId = (articleId: string, themeId: string): string => `${articleId} ${themeId}`

/** The article a decision id belongs to (its part before the first space). */
export const articleOfThemeDecision = (id: string): string => id.slice(0, Math.max(0, id.indexOf(' ')))

export const THEME_VERDICTS = ['confirmed', 'rejected'] as const
export type ThemeVerdict = (typeof THEME_VERDICTS)[number]

export const themeSuggestionSchema = z.object({
  strength: z.number(),
  /** Whether the app showed the theme as detected (above its threshold), not merely a faint cue. */
  detected: z.boolean(),
  ontologyVersion: z.string(),
  cues: z.array(z.string())
})
export type ThemeSuggestion = z.infer<typeof themeSuggestionSchema>

export const themeDecisionSchema = z
  .object({
    /** `${articleId} ${themeId}`: one decision per article and theme (article ids hold no space). */
    id: z.string().min(1),
    articleId: z.string().min(1),
    themeId: z.string().min(1),
    verdict: z.enum(THEME_VERDICTS),
    /** Who decided (the user's name on this computer, or the one set in the app). */
    by: z.string(),
    /** When, as an ISO time. */
    at: z.string(),
    /** What detection said when the user decided; null when nothing was recorded. */
    suggestion: themeSuggestionSchema.nullable()
  })
  .refine((decision) => decision.id === themeDecisionId(decision.articleId, decision.themeId), {
    message: 'A theme decision’s id is its article id and theme id, separated by a space.'
  })
export type ThemeDecision = z.infer<typeof themeDecisionSchema>
