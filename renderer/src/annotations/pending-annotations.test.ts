import { describe, expect, it } from 'vitest'
import type { AnnotationView } from '../../../common/model/annotation-types'
import { withPending, type Pending } from './pending-annotations'

function view(id: string, start: number, end: number, articleId = 'a1'): AnnotationView {
  return {
    id,
    articleId,
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end },
      textHash: ''
    },
    color: 'yellow',
    tags: [],
    note: '',
    created: '2026-12-01T00:00:00.000Z',
    modified: '2026-12-01T00:00:00.000Z',
    anchor: { status: 'exact', start, end }
  }
}
const pending = (v: AnnotationView, knownIds: string[], createdId: string | null = null): Pending => ({
  view: v,
  createdId,
  knownIds: new Set(knownIds)
})

describe('highlights shown before main confirms them', () => {
  const old = view('old', 10, 20)

  it('shows a pending highlight beside the list main sent', () => {
    const shown = withPending([old], [pending(view('pending-1', 30, 40), ['old'])], 'a1')
    expect(shown.map((a) => a.id)).toEqual(['old', 'pending-1'])
  })

  it('shows one card when the list is refetched before the create call answers', () => {
    const refetched = [old, view('new', 30, 40)]
    const shown = withPending(refetched, [pending(view('pending-1', 30, 40), ['old'])], 'a1')
    expect(shown.map((a) => a.id)).toEqual(['old', 'new'])
  })

  it('keeps a pending highlight on a range that an older annotation already covers', () => {
    const shown = withPending([old], [pending(view('pending-1', 10, 20), ['old'])], 'a1')
    expect(shown.map((a) => a.id)).toEqual(['old', 'pending-1'])
  })

  it('keeps a settled highlight until the list holds the id main gave it', () => {
    const settled = pending(view('new', 30, 40), ['old'], 'new')
    expect(withPending([old], [settled], 'a1').map((a) => a.id)).toEqual(['old', 'new'])
    expect(withPending([old, view('new', 30, 40)], [settled], 'a1').map((a) => a.id)).toEqual(['old', 'new'])
  })

  it("shows another article's pending highlight nowhere else", () => {
    expect(withPending([], [pending(view('pending-1', 1, 2, 'a2'), [])], 'a1')).toEqual([])
  })
})
