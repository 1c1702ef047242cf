// The review's empty states, rendered to markup (no DOM needed): what the researcher reads while
// the index is still building, and once it has found nothing.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { SearchIndexStatus } from '../../../../common/model/search-types'
import { ReviewNotes } from './ReviewNotes'

const index = (state: SearchIndexStatus['state']): SearchIndexStatus => ({
  state,
  indexed: 1200,
  total: 5000,
  error: null,
  version: 1
})
const text = (props: Partial<Parameters<typeof ReviewNotes>[0]>) =>
  renderToStaticMarkup(
    createElement(ReviewNotes, { rows: 0, shown: 0, filter: 'all', index: index('ready'), error: null, ...props })
  ).replace(/<[^>]+>/g, ' ')

describe('the review’s empty states', () => {
  it('says nothing carries the theme once the index is current', () => {
    expect(text({})).toContain('No article carries this theme yet.')
    expect(text({})).not.toContain('search index')
  })

  it('says the index is still building, with its progress, and that the list will grow', () => {
    const building = text({ index: index('indexing') })
    expect(building).toContain('still reading articles (1,200 of 5,000)')
    expect(building).toContain('as far as the index has read')
    expect(text({ rows: 3, shown: 3, index: index('indexing') })).toContain('join the list as it reads them')
  })

  it('says why a filter shows nothing, and shows an error alone', () => {
    expect(text({ rows: 4, filter: 'undecided' })).toContain('No undecided article')
    expect(text({ rows: null })).toContain('Reading the articles with this theme')
    expect(text({ error: 'main is gone' }).trim()).toBe('main is gone')
  })
})
