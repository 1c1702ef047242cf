// The long-line splitter: real paragraphs are left alone; a line that lost its breaks becomes
// paragraph-sized pieces cut after a sentence, else at a space or a Thai word, never in a cluster.
import { describe, expect, it } from 'vitest'
import { graphemeBoundaries } from '../../common/text/segmenters'
import { parseArticle } from './parse-article'
import { LONG_LINE, PIECE_MAX, splitLongLine } from './split-long-line'

const THAI_SENTENCE = 'คณะกรรมการพรรคทุกระดับได้มุ่งเน้นการโฆษณาชวนเชื่อและการเผยแพร่เพื่อสร้างความสามัคคี'
/** Each piece's text is exactly the line's characters from its start (cuts only drop spaces). */
const faithful = (line: string) =>
  splitLongLine(line).every((piece) => line.slice(piece.start, piece.start + piece.text.length) === piece.text)

describe('splitLongLine', () => {
  it('leaves a line of up to LONG_LINE characters whole (the longest real paragraph is 2,884)', () => {
    const line = `${THAI_SENTENCE} `.repeat(Math.floor(LONG_LINE / (THAI_SENTENCE.length + 1))).trim()
    expect(line.length).toBeLessThanOrEqual(LONG_LINE)
    expect(splitLongLine(line)).toEqual([{ text: line, start: 0, cut: null }])
  })

  it('cuts Thai at the spaces between its sentences, into pieces no longer than PIECE_MAX, losing no word', () => {
    const line = Array.from({ length: 400 }, (_, i) => `${THAI_SENTENCE}${i}`).join(' ')
    const pieces = splitLongLine(line)
    expect(pieces.length).toBeGreaterThan(line.length / PIECE_MAX)
    expect(pieces.every((piece) => piece.text.length <= PIECE_MAX && piece.text.length >= 600)).toBe(true)
    expect(pieces.slice(1).every((piece) => piece.cut === 'space')).toBe(true)
    expect(pieces.map((piece) => piece.text).join(' ')).toBe(line)
    expect(faithful(line)).toBe(true)
  })

  it('prefers the end of a sentence (. ! ? …) to a later space', () => {
    const vietnamese = 'Nghị quyết 18-NQ/TW về tinh gọn bộ máy được triển khai quyết liệt ở các tỉnh'
    const line = Array.from({ length: 120 }, (_, i) => `${vietnamese} ${i}${i % 7 === 0 ? '.' : ''}`).join(' ')
    const pieces = splitLongLine(line)
    expect(pieces.length).toBeGreaterThan(2)
    for (const piece of pieces.slice(0, -1)) expect(piece.text).toMatch(/\.$/)
    expect(pieces.slice(1).every((piece) => piece.cut === 'sentence')).toBe(true)
    expect(faithful(line)).toBe(true)
  })

  it('cuts Thai written without spaces between words found by the text kernel', () => {
    const line = THAI_SENTENCE.repeat(80)
    const pieces = splitLongLine(line)
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.slice(1).every((piece) => piece.cut === 'word')).toBe(true)
    expect(pieces.map((piece) => piece.text).join('')).toBe(line)
    // Each cut falls where the whole line has a word boundary too (the window gave no false cut).
    const words = new Set(Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(line), (s) => s.index))
    expect(pieces.slice(1).every((piece) => words.has(piece.start))).toBe(true)
  })

  it('cuts clusters and emoji at word boundaries, so no cluster is split', () => {
    const line = 'กั้👍🏽'.repeat(3000) // a consonant with its marks, and an emoji with a skin tone
    const pieces = splitLongLine(line)
    expect(pieces.map((piece) => piece.text).join('')).toBe(line)
    const clusters = new Set(graphemeBoundaries(line))
    expect(pieces.every((piece) => clusters.has(piece.start) && piece.text.length <= PIECE_MAX)).toBe(true)
  })

  it('as a last resort (one endless word) cuts hard, but never between a letter and its accent', () => {
    const line = 'xe\u0301'.repeat(3000) // "é" written as e and a combining accent: one Latin word
    const pieces = splitLongLine(line)
    expect(pieces.slice(1).every((piece) => piece.cut === 'hard')).toBe(true)
    expect(pieces.map((piece) => piece.text).join('')).toBe(line)
    const clusters = new Set(graphemeBoundaries(line))
    expect(pieces.every((piece) => clusters.has(piece.start) && piece.text.length <= PIECE_MAX)).toBe(true)
  })
})

describe('a file of one very long line', () => {
  const body = Array.from({ length: 3000 }, (_, i) => `${THAI_SENTENCE} ข้อ ${i}.`).join(' ')
  const result = parseArticle(Buffer.from(`Báo Nhân dân - 2025 - บทความยาว\n${body}\n`), 'long.txt')
  if (!result.ok) throw new Error(result.error)
  const article = result.article

  it('is read as many paragraphs, with every word kept', () => {
    expect(article.blocks.length).toBeGreaterThan(body.length / PIECE_MAX)
    expect(article.blocks.map((block) => block.text).join(' ')).toBe(body)
    expect(article.title.value).toBe('บทความยาว')
  })

  it('records each cut of the line for "show original", and warns', () => {
    expect(article.splitLines).toHaveLength(1)
    expect(article.splitLines[0]?.lineNumber).toBe(2)
    expect(article.splitLines[0]?.cuts).toHaveLength(article.blocks.length - 1)
    expect(article.warnings.join(' ')).toMatch(
      /1 very long line \(over 4,000 characters\) was split into \d+ paragraphs/
    )
  })
})
