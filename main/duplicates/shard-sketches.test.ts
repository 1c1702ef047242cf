import { describe, expect, it } from 'vitest'
import { documentWords } from '../search/document-words'
import { ShardIndex } from '../search/shard-index'
import { sketchHandlers } from './shard-sketches'
import { sketchOfWords } from './shingle-sketch'

const document = (id: string) => ({ id, hash: id, file: `/x/${id}.txt`, folder: '/x' })
const body = (seed: string) => Array.from({ length: 80 }, (_, i) => `word${seed}${i}`).join(' ')

function add(index: ShardIndex, id: string, text: string) {
  index.add(document(id), documentWords(`Title of ${id}`, [text]), [`Title of ${id}`, text])
}

describe('a worker’s sketch changes', () => {
  it('reports every document once, then only those indexed again or removed, and all again for another index', () => {
    let index = new ShardIndex()
    const { sketchChanges } = sketchHandlers(() => index)
    add(index, 'a', body('a'))
    add(index, 'b', body('b'))
    const first = sketchChanges()
    expect(first.reset).toBe(true)
    expect(first.put.map(([id]) => id).sort()).toEqual(['a', 'b'])
    // Made from the body as the index reads it: the title is not part of it.
    const words = documentWords('', [body('a')]).sequence
    expect([...(first.put.find(([id]) => id === 'a')?.[1] ?? [])]).toEqual([...sketchOfWords(words)])

    expect(sketchChanges()).toEqual({ reset: false, put: [], removed: [] })
    add(index, 'a', body('c'))
    index.remove('b')
    const next = sketchChanges()
    expect(next.put.map(([id]) => id)).toEqual(['a'])
    expect(next.removed).toEqual(['b'])

    index = new ShardIndex()
    add(index, 'd', body('d'))
    const reloaded = sketchChanges()
    expect(reloaded.reset).toBe(true)
    expect(reloaded.put.map(([id]) => id)).toEqual(['d'])
  })
})
