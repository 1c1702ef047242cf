import { describe, expect, it } from 'vitest'
import { LibraryState } from './library-state'
import type { IndexedArticle } from './library-types'

const entry = (id: string, path = `${id}.txt`, folder = '/f'): IndexedArticle =>
  ({ id, folder, path, hash: `h${id}` }) as IndexedArticle

describe('the entry changes the library publishes', () => {
  it.each([
    ['a new file', (s: LibraryState) => s.put(entry('n')), { added: ['n'], changed: [], removed: [] }],
    [
      'an edited file',
      (s: LibraryState) => s.put({ ...entry('a'), hash: 'other' }),
      { added: [], changed: ['a'], removed: [] }
    ],
    ['a deleted file', (s: LibraryState) => s.depart('a'), { added: [], changed: [], removed: ['a'] }],
    [
      'a file renamed (gone, then back with its id)',
      (s: LibraryState) => (s.depart('a'), s.put(entry('a', 'moved.txt'))),
      { added: [], changed: ['a'], removed: [] }
    ],
    [
      'a file added then deleted before anyone asked',
      (s: LibraryState) => (s.put(entry('n')), s.depart('n')),
      { added: [], changed: [], removed: [] }
    ],
    ['a folder removed', (s: LibraryState) => s.forgetFolder('/f'), { added: [], changed: [], removed: ['a', 'b'] }]
  ])('%s', (_, act, expected) => {
    const state = LibraryState.from({ version: 1, articles: [entry('a'), entry('b')], unreadable: [], departed: [] })
    expect(state.takeChanges()).toEqual({ added: [], changed: [], removed: [] }) // what was loaded is no change
    act(state)
    expect(state.takeChanges()).toEqual(expected)
    expect(state.takeChanges()).toEqual({ added: [], changed: [], removed: [] })
  })
})
