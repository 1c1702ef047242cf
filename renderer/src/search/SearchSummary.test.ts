import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { SearchIndexStatus } from '../../../common/model/search-types'
import { SearchSummary } from './SearchSummary'
import { i18next } from '../i18n/i18n'

const ready: SearchIndexStatus = { state: 'ready', indexed: 5, total: 5, error: null, version: 1 }
const base = {
  query: 'มติ',
  shown: 0,
  matched: 0,
  notes: 0,
  pending: false,
  error: null,
  index: ready,
  filtered: false,
  onClearFilters: () => {}
}
const text = (props: Partial<typeof base> & { index?: SearchIndexStatus }) =>
  renderToStaticMarkup(createElement(SearchSummary, { ...base, ...props }))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

describe('search summary', () => {
  it('counts articles and notes, and the matches the filters hide', () => {
    expect(text({ shown: 12, matched: 12, notes: 1 })).toBe('12 articles · 1 note')
    expect(text({ shown: 1, matched: 4, filtered: true })).toBe('1 of 4 matching articles')
    expect(text({ shown: 0, matched: 4, filtered: true })).toContain(
      '4 articles match, but none with these filters. Clear filters'
    )
  })

  it('says when the index is incomplete or failed', () => {
    expect(
      text({ shown: 3, matched: 3, index: { state: 'indexing', indexed: 3200, total: 10000, error: null, version: 1 } })
    ).toContain('Indexing 3,200 of 10,000 articles — results may be incomplete.')
    expect(text({ index: { state: 'loading', indexed: 0, total: 0, error: null, version: 1 } })).toContain(
      'Loading the search index — results may be incomplete.'
    )
    const failed = text({
      index: { state: 'failed', indexed: 0, total: 0, error: 'The index folder is not writable.', version: 1 }
    })
    expect(failed).toContain('Search is unavailable: the index could not be built. The index folder is not writable.')
    expect(failed).not.toContain('Nothing matches')
  })

  it('suggests what to try when nothing matches, but not while still searching', () => {
    expect(text({})).toContain('Nothing matches “ มติ ”. Check the spelling')
    expect(text({ pending: true })).toBe('Searching…')
  })

  it('speaks Thai when the interface does, the query kept in its place', async () => {
    await i18next.changeLanguage('th')
    try {
      expect(text({ shown: 0, matched: 4, filtered: true })).toContain('พบ 4 บทความ แต่ไม่มีบทความใดผ่านตัวกรองเหล่านี้')
      expect(text({})).toContain('ไม่พบสิ่งที่ตรงกับ “ มติ ”')
    } finally {
      await i18next.changeLanguage('en')
    }
  })
})
