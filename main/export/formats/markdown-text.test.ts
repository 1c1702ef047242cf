import { describe, expect, it } from 'vitest'
import { blockquote, disarmHtml, escapeMarkdown, indentContinuation, markdownLink, shortQuote } from './markdown-text'

describe('library text in Markdown', () => {
  it.each([
    ['# หัวข้อ', '\\# หัวข้อ'],
    ['> อ้าง', '\\> อ้าง'],
    ['- รายการ', '\\- รายการ'],
    ['+ รายการ', '\\+ รายการ'],
    ['2025. ปี', '2025\\. ปี'],
    ['3) ข้อ', '3\\) ข้อ'],
    ['===', '\\==='],
    ['*ตัวหนา* และ _เอียง_', '\\*ตัวหนา\\* และ \\_เอียง\\_'],
    ['[ลิงก์](http://x)', '\\[ลิงก์\\](http://x)'],
    ['<b>x</b> &amp;', '\\<b\\>x\\</b\\> \\&amp;'],
    ['`code` | ~~ลบ~~ \\', '\\`code\\` \\| \\~\\~ลบ\\~\\~ \\\\'],
    ['    โค้ด', 'โค้ด'],
    ['มติที่ 18-NQ/TW (2017)', 'มติที่ 18-NQ/TW (2017)']
  ])('shows %j as text', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped)
  })

  it('keeps a quote’s paragraphs inside one blockquote', () => {
    expect(blockquote('หนึ่ง\n\n# สอง')).toBe('> หนึ่ง\n>\n> \\# สอง')
  })

  it('keeps a note’s Markdown, indented under its item, raw HTML disarmed outside code', () => {
    expect(indentContinuation('**หนา**\n\n- ย่อย\n<i>x</i> `<i>`')).toBe('**หนา**\n\n  - ย่อย\n  \\<i>x\\</i> `<i>`')
    expect(disarmHtml('a < b <!-- c -->')).toBe('a < b \\<!-- c -->')
  })

  it('links only http(s) sources', () => {
    expect(markdownLink('Source', 'https://nhandan.vn/a b')).toBe('[Source](<https://nhandan.vn/a%20b>)')
    expect(markdownLink('Source', 'javascript:alert(1)')).toBe('javascript:alert(1)')
  })

  it('shortens a quote by code points', () => {
    expect(shortQuote('กขค  ง', 3)).toBe('กขค…')
  })
})
