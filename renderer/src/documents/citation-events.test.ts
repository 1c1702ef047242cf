// A citation verdict's change event makes stale what it names: the documents views (all small, one
// prefix) and the About tab of the articles it names, not the others'.
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { applyAnswer } from '../data/apply-changes'
import { keys } from '../data/query-keys'

describe('citation-decisions events', () => {
  it('refetch the documents views and the named articles’ analyses only', async () => {
    const client = new QueryClient()
    const seeded = [
      keys.documentList('most-cited'),
      keys.documentCitations('18-NQ/TW@2017'),
      keys.citationReview('undecided', null),
      keys.analysisOf('a1', 'h1'),
      keys.analysisOf('a2', 'h2')
    ]
    for (const key of seeded) client.setQueryData(key, {})
    await applyAnswer(
      client,
      {
        kind: 'changes',
        version: 3,
        events: [{ kind: 'citation-decisions', articles: ['a1'], documents: ['18-NQ/TW@2017'] }]
      },
      { summaries: async () => [] }
    )
    const stale = seeded.map((queryKey) => client.getQueryState(queryKey)?.isInvalidated)
    expect(stale).toEqual([true, true, true, true, false])
    client.clear()
  })
})
