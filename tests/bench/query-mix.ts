// The benchmark's query mixes, shared by the ranking-only bench (search-child.ts) and the
// end-to-end one (search-http-child.ts): Thai words, two words typed together, quoted phrases,
// prefixes being typed, Vietnamese with and without diacritics, document numbers in several spellings.
import { mulberry32 } from './generate-corpus'

/** The Thai words of the paragraphs as one plain segmenter pass reads them (the first 200,000). */
export function thaiWordsOf(paragraphs: readonly string[]): string[] {
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' })
  const words: string[] = []
  for (const paragraph of paragraphs) {
    for (const segment of segmenter.segment(paragraph)) {
      if (words.length >= 200_000) return words
      if (segment.isWordLike && /[\u0E00-\u0E7F]{2,}/.test(segment.segment)) words.push(segment.segment)
    }
  }
  return words
}

export function mixedQueries(thai: readonly string[], seed = 6): string[] {
  const random = mulberry32(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const long = thai.filter((word) => word.length >= 4)
  const names = [
    'Nhân dân',
    'nhan dan',
    'Hải Dương',
    'hai duong',
    'Quảng Ninh',
    'quang ninh',
    'Lạng Sơn',
    'Tuổi Trẻ',
    'vietnamplus',
    'Kinhtedothi'
  ]
  return [
    ...Array.from({ length: 60 }, () => pick(thai)),
    ...Array.from({ length: 40 }, () => pick(thai) + pick(thai)),
    ...Array.from({ length: 30 }, () => `"${pick(thai)} ${pick(thai)}"`),
    ...Array.from({ length: 30 }, () => pick(long).slice(0, 3)),
    ...Array.from({ length: 20 }, () => pick(names)),
    ...Array.from({ length: 20 }, () =>
      pick(['18-NQ/TW', '18 - NQ/TW', '18-nq/tw', '18–NQ/TW', '57-NQ/TW', '60-NQ/TW'])
    )
  ]
}

export const percentile = (values: readonly number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0
