// addDomainWord and removeDomainWord: the word is checked where the call arrives (one Thai word of
// 2–40 characters on one line, no space), and only the user's own words can be taken off.
import { describe, expect, it } from 'vitest'
import { apiMethods } from '../../common/api/contract'
import { DomainWordList } from '../lexicon/domain-word-list'
import { dispatch, type ApiHandlers } from './dispatch'
import { wordListHandlers } from './word-list-handlers'

function handlers(): { handlers: ApiHandlers; list: DomainWordList; written: string[][] } {
  const written: string[][] = []
  const list = new DomainWordList(['ท้องถิ่น'], [], async (words) => void written.push([...words]))
  const unused = () => Promise.reject(new Error('not used here'))
  const all = Object.fromEntries(apiMethods.map((name) => [name, unused]))
  return { handlers: { ...all, ...wordListHandlers(list) } as ApiHandlers, list, written }
}

describe('addDomainWord', () => {
  it('keeps a Thai word, writes the user’s list and answers what it did', async () => {
    const { handlers: api, list, written } = handlers()
    expect(await dispatch(api, 'addDomainWord', { word: 'เชิงรุก' })).toEqual({
      ok: true,
      value: { word: 'เชิงรุก', changed: true, saved: true, problem: null }
    })
    expect(list.words).toEqual(['ท้องถิ่น', 'เชิงรุก'])
    expect(written).toEqual([['เชิงรุก']])
    expect(await dispatch(api, 'getDomainWords', {})).toEqual({
      ok: true,
      value: { words: ['ท้องถิ่น', 'เชิงรุก'], own: ['เชิงรุก'] }
    })
  })

  it.each([
    ['one character', 'ก', /2–40 characters/],
    ['over 40 characters', 'ก'.repeat(41), /2–40 characters/],
    ['a space', 'เชิง รุก', /one line without spaces/],
    ['a line break', 'เชิง\nรุก', /one line without spaces/],
    ['a zero-width space', 'เชิง\u200bรุก', /one line without spaces/],
    ['no Thai letter', 'Nhân', /Only Thai words/],
    ['a comment mark', '#เชิงรุก', /cannot start with #/]
  ])('refuses a word with %s, changing nothing', async (_, word, message) => {
    const { handlers: api, list, written } = handlers()
    const answer = await dispatch(api, 'addDomainWord', { word })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(answer.ok ? '' : answer.error.message).toMatch(message)
    expect(list.words).toEqual(['ท้องถิ่น'])
    expect(written).toEqual([])
  })

  it('refuses a call without a word or with anything else', async () => {
    const { handlers: api } = handlers()
    expect(await dispatch(api, 'addDomainWord', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(api, 'addDomainWord', { word: 'เชิงรุก', file: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
  })
})

describe('removeDomainWord', () => {
  it('takes off a word of the user’s, refuses a shipped one and says when there is nothing to take off', async () => {
    const { handlers: api, list } = handlers()
    await dispatch(api, 'addDomainWord', { word: 'เชิงรุก' })
    expect(await dispatch(api, 'removeDomainWord', { word: 'เชิงรุก' })).toMatchObject({
      ok: true,
      value: { changed: true, saved: true }
    })
    expect(await dispatch(api, 'removeDomainWord', { word: 'ท้องถิ่น' })).toMatchObject({
      ok: false,
      error: { code: 'refused' }
    })
    expect(await dispatch(api, 'removeDomainWord', { word: 'เชิงรุก' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    expect(list.words).toEqual(['ท้องถิ่น'])
  })
})
