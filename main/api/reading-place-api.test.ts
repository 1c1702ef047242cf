// The reading places through the API as the renderer calls it: a place noted is given back, an id
// that could be a path or an offset below zero is refused and nothing is kept, and a host without
// the file knows no place.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ReadingPlacesFile } from '../reading-places/reading-places-file'
import { dispatch, type ApiHandlers } from './dispatch'
import { readingPlaceHandlers } from './reading-place-handlers'

const made: string[] = []
afterEach(async () => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))))
const opened = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'crossread-places-api-'))
  made.push(dir)
  return ReadingPlacesFile.open(dir, () => undefined)
}
// Only the reading place methods are called here.
const api = (file?: ReadingPlacesFile) => readingPlaceHandlers(file) as unknown as ApiHandlers

describe('the reading places API', () => {
  it('gives back the place noted, and none for an article never read', async () => {
    const file = await opened()
    expect(await dispatch(api(file), 'saveReadingPlace', { articleId: 'a.txt', offset: 3200 })).toEqual({
      ok: true,
      value: { saved: true }
    })
    expect(await dispatch(api(file), 'getReadingPlace', { articleId: 'a.txt' })).toEqual({
      ok: true,
      value: { offset: 3200 }
    })
    expect(await dispatch(api(file), 'getReadingPlace', { articleId: 'b.txt' })).toEqual({ ok: true, value: null })
  })

  it.each([
    { articleId: '../../etc/passwd', offset: 1 },
    { articleId: 'a.txt', offset: -1 },
    { articleId: 'a.txt', offset: 1.5 },
    { articleId: 'a.txt', offset: 1, extra: true }
  ])('refuses %j and keeps nothing', async (input) => {
    const file = await opened()
    const answer = await dispatch(api(file), 'saveReadingPlace', input as never, () => undefined)
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(file.articleIds()).toEqual([])
  })

  it('knows no place, keeping nothing, in a host without the file', async () => {
    expect(await dispatch(api(), 'saveReadingPlace', { articleId: 'a.txt', offset: 5 })).toEqual({
      ok: true,
      value: { saved: false }
    })
    expect(await dispatch(api(), 'getReadingPlace', { articleId: 'a.txt' })).toEqual({ ok: true, value: null })
  })
})
