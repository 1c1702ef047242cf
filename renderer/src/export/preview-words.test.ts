import { describe, expect, it } from 'vitest'
import type { ExportCounts } from '../../../common/model/export'
import { i18next } from '../i18n/i18n'
import { countsSentence, scopeHasNothing } from './preview-words'

const t = i18next.getFixedT('en', 'export')

const counts = (fields: Partial<ExportCounts>): ExportCounts => ({
  articles: 0,
  highlights: 0,
  orphans: 0,
  links: 0,
  memos: 0,
  themes: 0,
  ...fields
})

describe('countsSentence', () => {
  it('counts in words, the orphans only when there are some', () => {
    expect(countsSentence(counts({ articles: 1, highlights: 3, memos: 1, themes: 2 }), t)).toBe(
      '1 article · 3 highlights · 0 links · 1 memo · 2 themes'
    )
    expect(countsSentence(counts({ articles: 2, highlights: 1200, orphans: 1, links: 1 }), t)).toBe(
      '2 articles · 1,200 highlights · 1 orphaned · 1 link · 0 memos · 0 themes'
    )
  })
})

describe('scopeHasNothing', () => {
  it.each([
    [counts({}), 'md', true],
    [counts({ articles: 1, themes: 4 }), 'csv', true],
    [counts({ articles: 1, memos: 1 }), 'md', false],
    [counts({ articles: 1, highlights: 1 }), 'qdpx', false],
    [counts({ articles: 5 }), 'themes-csv', false],
    [counts({}), 'documents-csv', true]
  ] as const)('%j as %s: %s', (input, format, nothing) => {
    expect(scopeHasNothing(input, format)).toBe(nothing)
  })
})
