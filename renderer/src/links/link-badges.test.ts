// The link badges as decorations (a passage underline and a widget after it, per end shown here;
// none for an orphaned end), and the `links` change event making stale only the named articles'
// link lists in the query cache.
import { QueryClient } from '@tanstack/react-query'
import { EditorState } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import type { LinkAnchor, LinkView } from '../../../common/model/link-types'
import { articleDoc } from '../article-doc/article-schema'
import { applyAnswer } from '../data/apply-changes'
import { keys } from '../data/query-keys'
import { linkBadgeKey, linkBadgePlugin, type LinkBadgeMeta } from './link-badge-plugin'

// Text offsets 0–10 are positions 1–11; offsets 12–22 (after the blank line) are 13–23.
const doc = articleDoc([
  { kind: 'paragraph', text: 'ปรับปรุงกลไก'.slice(0, 10) },
  { kind: 'paragraph', text: 'รวมจังหวัดสองระดับ'.slice(0, 10) }
])

function link(id: string, here: LinkAnchor, there: LinkAnchor = { status: 'exact', start: 0, end: 3 }): LinkView {
  const end = (anchor: LinkAnchor) => ({ articleId: 'b', quote: 'x', anchor, title: 'ข่าว', outlet: null, date: null })
  return { id, kind: 'cites', note: '', created: '', modified: '', side: 0, here: end(here), there: end(there) }
}

function badges(meta: LinkBadgeMeta): string {
  const state = EditorState.create({ doc, plugins: [linkBadgePlugin()] })
  const next = state.apply(state.tr.setMeta(linkBadgeKey, meta))
  return (linkBadgeKey.getState(next)?.decorations.find() ?? [])
    .map((d) => (d.from === d.to ? `${d.from} badge` : `${d.from}-${d.to}`))
    .sort()
    .join(', ')
}

describe('link badges', () => {
  it('marks each end shown here and puts its badge after it; an orphaned end gets neither', () => {
    const meta = {
      links: [
        link('l1', { status: 'exact', start: 2, end: 6 }),
        link('l2', { status: 'moved', start: 13, end: 16 }, { status: 'orphan' }),
        link('l3', { status: 'orphan' })
      ],
      selected: null,
      onFollow: () => undefined
    }
    expect(badges(meta)).toBe('14-17, 17 badge, 3-7, 7 badge')
  })
})

describe('the links change event', () => {
  it('makes stale the link lists of the named articles only', async () => {
    const client = new QueryClient()
    for (const id of ['a', 'b', 'c']) client.setQueryData(keys.linksOf(id), [])
    await applyAnswer(
      client,
      { kind: 'changes', version: 2, events: [{ kind: 'links', articles: ['a', 'c'] }] },
      {
        summaries: async () => []
      }
    )
    const stale = (id: string) => client.getQueryState(keys.linksOf(id))?.isInvalidated
    expect(['a', 'b', 'c'].map(stale)).toEqual([true, false, true])
    client.clear()
  })
})
