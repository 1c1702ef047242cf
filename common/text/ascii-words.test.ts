import { describe, expect, it } from 'vitest'
import { asciiWords } from './ascii-words'

const segmenter = new Intl.Segmenter('th', { granularity: 'word' })
const icu = (text: string) =>
  [...segmenter.segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => `${segment.segment}@${segment.index}`)
const scanned = (text: string) => {
  const words: string[] = []
  asciiWords(text, 0, text.length, (word, start) => words.push(`${word}@${start}`))
  return words
}

/** A small deterministic generator, so a failure names a string that can be replayed. */
function randomStrings(alphabet: string, count: number, seed: number): string[] {
  let state = seed
  const next = (n: number) => (state = (state * 1103515245 + 12345) & 0x7fffffff) % n
  return Array.from({ length: count }, () =>
    Array.from({ length: next(16) }, () => alphabet[next(alphabet.length)]).join('')
  )
}

describe('ASCII words without ICU', () => {
  it.each([
    ['letters, digits and the characters that join them', "aZ09_.':,; ", 1],
    ['every kind of ASCII punctuation and space', 'aZ09_.,:;\'"-/ \t\n\r\v\f!()@#%&+=?[]{}<>|\\~`$^*', 2]
  ])('finds exactly the words ICU finds, with their offsets: %s', (_name, alphabet, seed) => {
    const differences = randomStrings(alphabet, 30_000, seed).filter(
      (text) => JSON.stringify(scanned(text)) !== JSON.stringify(icu(text))
    )
    expect(differences.slice(0, 5)).toEqual([])
  })

  const samples = [
    "don't",
    '1,000.50',
    'a.b.c',
    'e.g.',
    '_',
    '__',
    'a_1',
    '1:2',
    'a:b',
    '18-NQ/TW',
    'http://nhandan.vn/a-b.html'
  ]
  it.each(samples)('reads %s as ICU does', (text) => {
    expect(scanned(text)).toEqual(icu(text))
  })
})
