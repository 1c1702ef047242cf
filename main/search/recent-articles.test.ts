import { describe, expect, it } from 'vitest'
import { RecentArticles } from './recent-articles'

const text = (title: string, length = 10) => ({ title, blocks: ['ก'.repeat(length)] })

describe('the recent articles a shard worker keeps for snippets', () => {
  it('answers only for the content hash it was given, and forgets the least recently used first', () => {
    const recent = new RecentArticles(3)
    recent.put('a', 'h1', text('A'))
    recent.put('b', 'h1', text('B'))
    recent.put('c', 'h1', text('C'))
    expect(recent.get('a', 'h2')).toBeUndefined() // the file was edited since
    expect(recent.get('a', 'h1')?.title).toBe('A') // now the most recent
    recent.put('d', 'h1', text('D'))
    expect(recent.get('b', 'h1')).toBeUndefined()
    expect(['a', 'c', 'd'].map((id) => recent.get(id, 'h1')?.title)).toEqual(['A', 'C', 'D'])
    expect(recent.size).toBe(3)
  })

  it('stays within its characters, and keeps no article larger than all of them', () => {
    const recent = new RecentArticles(64, 100)
    recent.put('a', 'h', text('A', 40))
    recent.put('b', 'h', text('B', 40))
    recent.put('c', 'h', text('C', 40))
    expect(recent.get('a', 'h')).toBeUndefined()
    expect(recent.size).toBe(2)
    recent.put('huge', 'h', text('H', 1000))
    expect(recent.get('huge', 'h')).toBeUndefined()
    expect(recent.size).toBe(2)
    recent.put('b', 'h2', text('B2', 10)) // replaces, never duplicates
    expect(recent.get('b', 'h')).toBeUndefined()
    expect(recent.get('b', 'h2')?.title).toBe('B2')
  })
})
