// Files that crashed or froze the parser: each is now read (or refused) as that file's own result.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_DEPTH } from './flatten-deep-html'
import { parseArticle } from './parse-article'
import { PIECE_MAX } from './split-long-line'

const nested = (depth: number, inner: string) =>
  `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`

describe('hostile files', () => {
  afterEach(() => {
    vi.doUnmock('./parse-text-article')
    vi.resetModules()
  })

  it('reads a single line of 6 million Thai letters (it overflowed the regex stack), as paragraph-sized pieces', () => {
    const result = parseArticle(Buffer.from('ก'.repeat(6_000_000)), 'big.txt')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const lengths = result.article.blocks.map((block) => block.text.length)
    expect(lengths.reduce((sum, length) => sum + length, 0)).toBe(6_000_000)
    expect(Math.max(...lengths)).toBeLessThanOrEqual(PIECE_MAX)
  })

  it('reads a page nested 3,000 levels deep, keeping its paragraphs and saying what it did', () => {
    const start = performance.now()
    const result = parseArticle(
      Buffer.from(nested(3000, '<p>ย่อหน้าแรกของบทความที่ซ้อนลึกมาก</p><p>Second paragraph, still read.</p>')),
      'deep.html'
    )
    expect(performance.now() - start).toBeLessThan(5000)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.article.blocks.map((block) => block.text)).toEqual([
      'ย่อหน้าแรกของบทความที่ซ้อนลึกมาก',
      'Second paragraph, still read.'
    ])
    expect(result.article.warnings).toContainEqual(
      expect.stringMatching(new RegExp(`nested 3003 levels deep; below level ${MAX_DEPTH}`))
    )
  })

  it('leaves a page of ordinary depth as it was, without a warning', () => {
    const result = parseArticle(
      Buffer.from(nested(20, '<article><h1>หัวข้อ</h1><p>ย่อหน้าแรกของบทความ</p><p>ย่อหน้าที่สอง</p></article>')),
      'ok.html'
    )
    expect(result).toMatchObject({ ok: true, article: { title: { value: 'หัวข้อ' }, warnings: [] } })
  })

  it('turns an exception no rule foresaw into that file’s error, naming the step', async () => {
    vi.resetModules()
    vi.doMock('./parse-text-article', () => ({
      readTextArticle: () => {
        throw new RangeError('Maximum call stack size exceeded')
      }
    }))
    const { parseArticle: parseWithBrokenReader } = await import('./parse-article')
    expect(parseWithBrokenReader(Buffer.from('ข่าว'), 'x.txt')).toEqual({
      ok: false,
      error: expect.stringMatching(/failed while reading the text \(RangeError: Maximum call stack size exceeded\)/)
    })
  })
})
