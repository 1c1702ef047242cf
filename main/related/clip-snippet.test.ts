import { describe, expect, it } from 'vitest'
import { clipSnippet, SNIPPET_MAX } from './clip-snippet'

describe('clipSnippet', () => {
  it('keeps a short passage whole', () => {
    expect(clipSnippet('  สั้น  ')).toEqual({ text: 'สั้น', clipped: { before: false, after: false } })
  })

  it('cuts a long one around the focus, at spaces, never before a combining mark', () => {
    const words = Array.from({ length: 80 }, (_, i) => `คำที่${i}`).join(' ')
    const focus = words.indexOf('คำที่40')
    const { text, clipped } = clipSnippet(words, focus)
    expect(text.length).toBeLessThanOrEqual(SNIPPET_MAX)
    expect(text).toContain('คำที่40')
    expect(text.startsWith('คำที่')).toBe(true)
    expect(clipped).toEqual({ before: true, after: true })
    const unspaced = 'กำ'.repeat(200)
    const cut = clipSnippet(unspaced, 201).text
    expect(/^\p{M}/u.test(cut)).toBe(false)
  })
})
