// The bundled sample articles as test fixtures, with the word boundaries a reader's selection
// snaps to (segmented per paragraph, as the product brief requires for Intl.Segmenter('th')).

import { readdirSync, readFileSync } from 'node:fs'

const folder = new URL('../../../resources/articles/', import.meta.url)

export const ARTICLES: readonly string[] = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, folder), 'utf8').normalize('NFC'))

export interface Word {
  start: number
  end: number
}

const words = new Intl.Segmenter('th', { granularity: 'word' })
const cache = new Map<string, Word[]>()

/** Word-like segments of the whole text, segmented paragraph by paragraph. */
export function wordsOf(text: string): Word[] {
  const cached = cache.get(text)
  if (cached) return cached
  const found: Word[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    for (const segment of words.segment(line)) {
      if (segment.isWordLike)
        found.push({ start: offset + segment.index, end: offset + segment.index + segment.segment.length })
    }
    offset += line.length + 1
  }
  cache.set(text, found)
  return found
}

/** Picks from a list by a fraction in [0, 1], so fast-check can shrink the choice. */
export function pick<T>(list: readonly T[], fraction: number): T {
  const item = list[Math.min(list.length - 1, Math.floor(fraction * list.length))]
  if (item === undefined) throw new Error('pick: empty list')
  return item
}
