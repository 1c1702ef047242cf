// The events one applied diff becomes: theme decisions name their articles and themes once each,
// and never count as annotation or tag changes.
import { describe, expect, it } from 'vitest'
import { themeDecisionId, type ThemeDecision } from '../../common/model/theme-decision'
import type { EntityChange } from '../annotations/history'
import { annotationEvents } from './annotation-events'

const decision = (articleId: string, themeId: string): ThemeDecision => ({
  id: themeDecisionId(articleId, themeId),
  articleId,
  themeId,
  verdict: 'confirmed',
  by: 'นักวิจัย',
  at: '2026-01-01T00:00:00.000Z',
  suggestion: null
})
const change = (before: ThemeDecision | null, after: ThemeDecision | null): EntityChange => ({
  kind: 'themeDecision',
  id: (before ?? after)?.id ?? '',
  before,
  after
})

describe('annotation events', () => {
  it('names the articles and themes whose decisions changed, cleared ones included', () => {
    const changes = [
      change(null, decision('a1', 'anti-corruption')),
      change(decision('a1', 'apparatus-streamlining'), null),
      change(null, decision('a2', 'anti-corruption'))
    ]
    const usage = () => {
      throw new Error('no tag count is needed')
    }
    expect(annotationEvents({ label: 'review 3 themes', changes, articles: {} }, usage)).toEqual([
      { kind: 'theme-decisions', articles: ['a1', 'a2'], themes: ['anti-corruption', 'apparatus-streamlining'] }
    ])
  })
})
