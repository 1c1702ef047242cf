// What the About panel shows for the open article: its analysis (documents and themes with
// evidence) from the search index, the ontology's labels, and the user's theme decisions, joined
// into one list of themes in which a decision always beats detection.
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ArticleTheme, Citation, IndexedAnalysis, ThemeLabel } from '../../../common/model/intelligence-types'
import type { ThemeDecision } from '../../../common/model/theme-decision'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'

export type ThemeState = 'confirmed' | 'rejected' | 'suggested' | 'faint'

export interface ThemeRow {
  id: string
  label: ThemeLabel['label'] | null
  /** Null for a theme the user confirmed that detection has no cue of. */
  theme: ArticleTheme | null
  decision: ThemeDecision | null
  state: ThemeState
}

export interface Insights {
  /** Null while the index has not read this text yet. */
  analysis: IndexedAnalysis | null
  loading: boolean
  error: string | null
  citations: Citation[]
  themes: ThemeRow[]
}

const ORDER: ThemeState[] = ['confirmed', 'suggested', 'rejected', 'faint']

export function useInsights(articleId: string, contentHash: string): Insights {
  const connected = useAppStatus() !== null
  const analysis = useQuery({
    queryKey: keys.analysisOf(articleId, contentHash),
    queryFn: () => unwrap(api.getArticleAnalysis({ id: articleId })),
    enabled: connected,
    // Asked again while the index is still reading this text (just imported, or changed on disk).
    refetchInterval: (query) => (query.state.data?.contentHash === contentHash ? false : 1500)
  })
  const labels = useQuery({ queryKey: keys.themes, queryFn: () => unwrap(api.listThemes({})), enabled: connected })
  const decisions = useQuery({
    queryKey: keys.themeDecisionsOf(articleId),
    queryFn: () => unwrap(api.getThemeDecisions({ articleId })),
    enabled: connected
  })
  const current = analysis.data?.contentHash === contentHash ? analysis.data : null

  const themes = useMemo(() => {
    const label = new Map((labels.data?.themes ?? []).map((theme) => [theme.id, theme.label]))
    const decided = new Map((decisions.data ?? []).map((decision) => [decision.themeId, decision]))
    const rows: ThemeRow[] = (current?.themes ?? []).map((theme) => {
      const decision = decided.get(theme.id) ?? null
      const state = decision?.verdict ?? (theme.detected ? 'suggested' : 'faint')
      return { id: theme.id, label: label.get(theme.id) ?? null, theme, decision, state }
    })
    for (const decision of decided.values())
      if (!rows.some((row) => row.id === decision.themeId))
        rows.push({
          id: decision.themeId,
          label: label.get(decision.themeId) ?? null,
          theme: null,
          decision,
          state: decision.verdict
        })
    return rows.sort(
      (a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state) || (b.theme?.strength ?? 0) - (a.theme?.strength ?? 0)
    )
  }, [current, labels.data, decisions.data])

  return {
    analysis: current,
    loading: analysis.isPending,
    error: analysis.error?.message ?? labels.error?.message ?? decisions.error?.message ?? null,
    citations: current?.citations ?? [],
    themes
  }
}
