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

describe('departed articles', () => {
  const loaded = () =>
    LibraryState.from({
      version: 1,
      articles: [{ ...entry('a'), previousHashes: [], pathHistory: [] }],
      unreadable: [],
      departed: []
    })

  it('keeps a removed folder’s articles, found again at their place', () => {
    const state = loaded()
    state.forgetFolder('/f')
    expect(state.departedEntry('a')?.path).toBe('a.txt')
    expect(state.claimDepartedAt('/f', 'other.txt')).toBeUndefined()
    expect(state.claimDepartedAt('/f', 'a.txt')?.id).toBe('a')
    expect(state.departedEntry('a')).toBeUndefined()
  })

  it('gives a new article a departed one’s id, with its old content and place in its history', () => {
    const state = loaded()
    state.depart('a')
    state.put({ ...entry('n', 'elsewhere.txt', '/g'), previousHashes: [], pathHistory: [] })
    state.takeChanges()
    const adopted = state.adopt('n', 'a')
    expect(adopted).toMatchObject({ id: 'a', path: 'elsewhere.txt', previousHashes: ['ha'], pathHistory: ['a.txt'] })
    expect(state.takeChanges()).toEqual({ added: ['a'], changed: [], removed: ['n'] })
    expect(state.adopt('n', 'a')).toBeUndefined()
  })

  it('never forgets a departed article that still has annotations, however many others depart', () => {
    const state = loaded()
    state.keepDeparted = (id) => id === 'a'
    state.depart('a')
    for (let n = 0; n < 2100; n++) {
      state.put({ ...entry(`x${n}`), previousHashes: [], pathHistory: [] })
      state.depart(`x${n}`)
    }
    expect(state.departedEntry('a')).toBeDefined()
    expect(state.departedEntry('x0')).toBeUndefined()
    expect(state.departedList().length).toBe(2000)
  })
})
