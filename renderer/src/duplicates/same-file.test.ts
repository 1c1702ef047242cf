import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../common/model/article-types'
import { sameFileOf } from './same-file'

const summary = (id: string, folder: string, file: string, contentHash: string) =>
  ({ id, folder, file, contentHash }) as ArticleSummary

describe('the same file in the library twice', () => {
  const list = [
    summary('a', '/corpus', 'reform.txt', 'h1'),
    summary('b', '/backup', 'reform (copy).txt', 'h1'),
    summary('c', '/corpus', 'other.txt', 'h2')
  ]

  it('names each copy’s other places', () => {
    expect(sameFileOf(list, 'a')).toEqual([{ id: 'b', folder: '/backup', file: 'reform (copy).txt' }])
    expect(sameFileOf(list, 'b').map((place) => place.id)).toEqual(['a'])
  })

  it('says nothing of a file that is there once', () => {
    expect(sameFileOf(list, 'c')).toEqual([])
  })
})
