import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CHOICE,
  panesContext,
  scopeAvailable,
  toExportScope,
  usableChoice,
  type ScopeContext
} from './scope-choice'

const reading: ScopeContext = { activeArticleId: 'a1', bothArticleIds: null, libraryIds: ['a1', 'a2', 'a3'] }
const nothingOpen: ScopeContext = { activeArticleId: null, bothArticleIds: null, libraryIds: null }

describe('toExportScope', () => {
  it.each([
    ['article', reading, { kind: 'articles', articleIds: ['a1'] }],
    ['article', nothingOpen, null],
    ['both', { ...reading, bothArticleIds: ['a1', 'a2'] }, { kind: 'articles', articleIds: ['a1', 'a2'] }],
    ['both', reading, null],
    ['library', reading, { kind: 'articles', articleIds: ['a1', 'a2', 'a3'] }],
    ['library', { ...reading, libraryIds: [] }, null],
    ['all', nothingOpen, { kind: 'all' }]
  ] as const)('%s', (scope, context, expected) => {
    expect(toExportScope({ ...DEFAULT_CHOICE, scope }, context)).toEqual(expected)
  })

  it('asks for a tag or a theme before it has a scope', () => {
    expect(toExportScope({ ...DEFAULT_CHOICE, scope: 'tag' }, reading)).toBeNull()
    expect(toExportScope({ ...DEFAULT_CHOICE, scope: 'tag', tagId: 't1' }, reading)).toEqual({
      kind: 'tag',
      tagId: 't1'
    })
    expect(toExportScope({ ...DEFAULT_CHOICE, scope: 'theme', themeId: 'reform' }, reading)).toEqual({
      kind: 'theme',
      themeId: 'reform'
    })
  })
})

describe('usableChoice', () => {
  it('keeps a remembered choice that still applies, the tag with it', () => {
    const choice = { ...DEFAULT_CHOICE, scope: 'tag' as const, tagId: 't1', format: 'csv' as const }
    expect(usableChoice(choice, nothingOpen)).toBe(choice)
  })

  it('falls back to this article, or to everything with nothing open', () => {
    const both = { ...DEFAULT_CHOICE, scope: 'both' as const }
    expect(usableChoice(both, reading).scope).toBe('article')
    expect(usableChoice(both, nothingOpen).scope).toBe('all')
    expect(scopeAvailable('library', nothingOpen)).toBe(false)
  })
})

describe('panesContext', () => {
  it('offers both open articles only when two panes show two different articles', () => {
    expect(panesContext(['a1', 'a2'], [1, 0], 1, null)).toEqual({
      activeArticleId: 'a2',
      bothArticleIds: ['a2', 'a1'],
      libraryIds: null
    })
    expect(panesContext(['a1', 'a1'], [0, 1], 0, null).bothArticleIds).toBeNull()
    expect(panesContext(['a1', 'a2'], [0], 0, null).bothArticleIds).toBeNull()
    expect(panesContext(['a1', null], [0, 1], 1, null)).toMatchObject({ activeArticleId: null, bothArticleIds: null })
  })
})
