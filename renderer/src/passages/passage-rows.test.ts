import { describe, expect, it } from 'vitest'
import type { Passage, PassagePage } from '../../../common/model/passages'
import { opensGroup, PAGE_SIZE, pagesFor, passageAt } from './passage-rows'
import { passageKeyAction } from './passage-keys'

/** A page of passages whose articles are named by `articles` (one letter a passage). */
function page(index: number, articles: string, before: string | null): PassagePage {
  const passages = [...articles].map((articleId, n) => ({ id: `p${index}-${n}`, articleId }) as Passage)
  return { total: 0, articles: 0, offset: index * PAGE_SIZE, passages, headers: {}, before }
}

describe('the passages list in pages', () => {
  it('asks for the pages a visible range is in, and always the first', () => {
    expect(pagesFor(0, 20)).toEqual([0])
    expect(pagesFor(PAGE_SIZE - 5, PAGE_SIZE + 5)).toEqual([0, 1])
    expect(pagesFor(3 * PAGE_SIZE + 1, 3 * PAGE_SIZE + 30)).toEqual([0, 3])
  })

  it('opens a group where the article changes, across a page boundary too', () => {
    const first = page(0, 'a'.repeat(PAGE_SIZE - 1) + 'b', null)
    const pages = new Map([
      [0, first],
      [1, page(1, 'bbc', 'b')]
    ])
    const groups = [0, 1, PAGE_SIZE - 1, PAGE_SIZE, PAGE_SIZE + 2].map((i) => opensGroup(pages, i))
    expect(groups).toEqual([true, false, true, false, true])
    expect(passageAt(pages, PAGE_SIZE + 2)?.articleId).toBe('c')
    expect(opensGroup(new Map([[0, first]]), PAGE_SIZE)).toBeUndefined() // its page is loading
  })
})

describe('the passages list’s keys', () => {
  const press = (key: string, more: Partial<Parameters<typeof passageKeyAction>[0]> = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...more
  })
  it.each([
    ['ArrowDown', -1, { kind: 'move', to: 0 }],
    ['ArrowDown', 4, { kind: 'move', to: 5 }],
    ['ArrowUp', 0, { kind: 'move', to: 0 }],
    ['PageDown', 5, { kind: 'move', to: 9 }],
    ['End', 2, { kind: 'move', to: 9 }],
    ['Home', 7, { kind: 'move', to: 0 }],
    ['Enter', 3, { kind: 'open', beside: false }],
    ['Enter', -1, null],
    ['x', 3, null]
  ] as const)('%s with the cursor at %i', (key, cursor, action) => {
    expect(passageKeyAction(press(key), cursor, 10)).toEqual(action)
  })
  it('opens beside with Shift+Enter', () => {
    expect(passageKeyAction(press('Enter', { shiftKey: true }), 2, 10)).toEqual({ kind: 'open', beside: true })
  })
  it('leaves Ctrl+Z and the other shortcuts to the app', () => {
    expect(passageKeyAction(press('z', { ctrlKey: true }), 1, 10)).toBeNull()
    expect(passageKeyAction(press('ArrowDown', { altKey: true }), 1, 10)).toBeNull()
  })
})
