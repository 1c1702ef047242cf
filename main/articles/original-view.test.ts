// "Show original" marks each cut of a very long line where the reader's paragraphs start.
import { describe, expect, it } from 'vitest'
import { parseArticle } from './parse-article'
import { originalViewOf } from './original-view'

const SENTENCE = 'การปฏิรูปการบริหารราชการแผ่นดินดำเนินไปอย่างต่อเนื่องในทุกจังหวัดของประเทศ'

describe('originalViewOf', () => {
  it('keeps removed lines with their reason and marks each cut of a long line where a paragraph starts', () => {
    const body = Array.from({ length: 200 }, (_, i) => `${SENTENCE} ${i}.`).join(' ')
    const file = `Báo Nhân dân - 2025 - หัวข้อข่าว\n   ${body}\nที่มา: https://nhandan.vn/a\n`
    const result = parseArticle(Buffer.from(file), 'a.txt')
    if (!result.ok) throw new Error(result.error)
    const view = originalViewOf(result.article)
    expect(view.lines.map((line) => line.removed)).toEqual(['header', null, 'source', null])
    const long = view.lines[1]
    const cuts = long?.cuts ?? []
    expect(cuts.length).toBe(result.article.blocks.length - 1)
    // Read from the original line, the text from each cut on starts the reader's next paragraph.
    cuts.forEach((cut, i) => {
      const paragraph = result.article.blocks[i + 1]?.text ?? ''
      expect(long?.text.slice(cut.at, cut.at + paragraph.length)).toBe(paragraph)
      expect(cut.kind).toBe('sentence')
    })
    expect(view.lines[0]?.cuts).toBeUndefined()
  })
})
