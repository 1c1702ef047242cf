import { describe, expect, it } from 'vitest'
import { describeRange } from './describe-range'
import { isGraphemeBoundary } from './grapheme-boundaries'
import { reanchor } from './reanchor'
import type { Anchor } from './selector-types'
import { ARTICLES } from '../../tests/support/anchoring/articles'
import { splice } from '../../tests/support/anchoring/choose-quote'
import type { Range } from '../../tests/support/anchoring/choose-quote'

const ARTICLE = ARTICLES[0] ?? ''

/** The nth occurrence of `phrase` in `text`. */
function find(text: string, phrase: string, nth = 0): Range {
  let start = text.indexOf(phrase)
  for (let i = 0; i < nth; i++) start = text.indexOf(phrase, start + 1)
  if (start === -1) throw new Error(`no occurrence ${nth} of ${phrase}`)
  return { start, end: start + phrase.length }
}

/** Compact form of an anchor for assertions: status and the text it covers. */
const show = (text: string, anchor: Anchor): string =>
  anchor.status === 'orphan'
    ? 'orphan'
    : `${anchor.status} ${anchor.start}-${anchor.end} ${text.slice(anchor.start, anchor.end)}`

type Edit = (text: string, range: Range) => { text: string; range: Range | null }

const PARAGRAPH = 'ที่มา: บทความนี้ได้รับการแก้ไขเพื่อความถูกต้อง\n'
const paragraphOf = (text: string, range: Range): Range => ({
  start: text.lastIndexOf('\n', range.start) + 1,
  end: text.indexOf('\n', range.end) + 1
})
const deletePassage: Edit = (text, range) => {
  const { start, end } = paragraphOf(text, range)
  return { text: text.slice(0, start) + text.slice(end), range: null }
}
const insertAtTop: Edit = (text, range) => splice(text, range, 0, 0, PARAGRAPH)

// "Uncle Ho": nine times in the article, twice in this paragraph after the same words
// (ศึกษาและปฏิบัติตาม, "studying and following"). The annotation is on the second.
const UNCLE_HO = { phrase: 'ลุงโฮ', nth: 4 }
// A sentence of paragraph 7: "party committees and organisations have applied Uncle Ho's ideas".
const SENTENCE = { phrase: 'คณะกรรมการพรรคและองค์กรต่างๆ ได้นำแนวคิดของลุงโฮไปใช้ในการศึกษา', nth: 0 }

const cases: { name: string; quote: { phrase: string; nth: number }; edit: Edit; expected: Anchor['status'] }[] = [
  { name: 'unchanged article', quote: SENTENCE, edit: (text, range) => ({ text, range }), expected: 'exact' },
  { name: 'paragraph inserted above', quote: SENTENCE, edit: insertAtTop, expected: 'moved' },
  {
    name: 'two letters changed inside',
    quote: SENTENCE,
    edit: (text, range) => {
      const once = splice(text, range, range.start + 5, range.start + 6, 'ม')
      return splice(once.text, once.range, range.start + 40, range.start + 41, 'ข')
    },
    expected: 'fuzzy'
  },
  {
    name: 'a word inserted inside, and a paragraph above',
    quote: SENTENCE,
    edit: (text, range) => {
      const inside = splice(
        text,
        range,
        range.start + 'คณะกรรมการพรรค'.length,
        range.start + 'คณะกรรมการพรรค'.length,
        'ท้องถิ่น'
      )
      return insertAtTop(inside.text, inside.range)
    },
    expected: 'fuzzy'
  },
  { name: 'its paragraph deleted', quote: SENTENCE, edit: deletePassage, expected: 'orphan' },
  { name: 'repeated word, unchanged', quote: UNCLE_HO, edit: (text, range) => ({ text, range }), expected: 'exact' },
  { name: 'repeated word, paragraph inserted above', quote: UNCLE_HO, edit: insertAtTop, expected: 'moved' },
  {
    name: 'repeated word, the words after it rewritten and a paragraph above',
    quote: UNCLE_HO,
    edit: (text, range) => {
      const after = splice(text, range, range.end, range.end + 20, ' ซึ่งทำให้หน่วยงานทั้งหมดเปลี่ยนแปลงไปอย่างมาก')
      return insertAtTop(after.text, after.range)
    },
    expected: 'moved'
  },
  {
    // Both sides lost: seven other ลุงโฮ remain and one shares most of the old prefix.
    name: 'repeated word, both sides rewritten',
    quote: UNCLE_HO,
    edit: (text, range) => {
      const after = splice(text, range, range.end, range.end + 40, ' ซึ่งทำให้หน่วยงานทั้งหมดเปลี่ยนแปลงไปอย่างมาก')
      return splice(after.text, after.range, range.start - 40, range.start, 'ผู้นำเมืองกล่าวถึงความสำคัญของ')
    },
    expected: 'orphan'
  },
  { name: 'repeated word, its paragraph deleted', quote: UNCLE_HO, edit: deletePassage, expected: 'orphan' }
]

describe('reanchor on a real article', () => {
  it.each(cases)('$name → $expected', ({ quote, edit, expected }) => {
    const range = find(ARTICLE, quote.phrase, quote.nth)
    const selectors = describeRange(ARTICLE, range.start, range.end)
    const edited = edit(ARTICLE, range)
    const anchor = reanchor(edited.text, selectors)
    expect(anchor.status).toBe(expected)
    if (anchor.status === 'orphan' || !edited.range) return
    const truth = edited.range
    if (anchor.status === 'fuzzy') {
      expect(anchor.start).toBeLessThanOrEqual(truth.start + 2)
      expect(anchor.end).toBeGreaterThanOrEqual(truth.end - 2)
      expect(anchor.score).toBeGreaterThan(0.75)
    } else {
      expect(show(edited.text, anchor)).toBe(`${expected} ${truth.start}-${truth.end} ${quote.phrase}`)
    }
  })

  it('prefers the occurrence whose context agrees over a nearer one', () => {
    // Move the annotated sentence's paragraph to the end: a ลุงโฮ now sits near the old position.
    const range = find(ARTICLE, UNCLE_HO.phrase, UNCLE_HO.nth)
    const paragraph = paragraphOf(ARTICLE, range)
    const text =
      ARTICLE.slice(0, paragraph.start) + ARTICLE.slice(paragraph.end) + ARTICLE.slice(paragraph.start, paragraph.end)
    const anchor = reanchor(text, describeRange(ARTICLE, range.start, range.end))
    const expectedStart = text.length - (paragraph.end - range.start)
    expect(show(text, anchor)).toBe(`moved ${expectedStart}-${expectedStart + 5} ลุงโฮ`)
  })

  describe('in an article with a duplicated caption', () => {
    // Scraped articles often repeat a photo caption on the next line.
    const caption =
      'การประชุมว่าด้วยการปฏิบัติตามมติหมายเลข 57-NQ/TW จัดขึ้นโดยตรงที่สำนักงานใหญ่สำนักงานพรรคกลาง และจัดการประชุมออนไลน์ที่กระทรวง สาขา และท้องถิ่น (ภาพ: QUYNH TRANG)\n'
    const text = ARTICLE.slice(0, 1000) + caption + caption + ARTICLE.slice(1000)
    const quote = 'จัดขึ้นโดยตรงที่สำนักงานใหญ่'
    const second = find(text, quote, 1)
    const selectors = describeRange(text, second.start, second.end)

    it('keeps an annotation on the copy that was edited in place, not on the verbatim twin', () => {
      const edited = splice(text, second, second.start + 3, second.start + 4, 'ค')
      const anchor = reanchor(edited.text, selectors)
      expect(anchor).toMatchObject({ status: 'fuzzy', start: second.start, end: second.end })
    })

    it('moves an annotation to the surviving copy when the cleaner removes its own', () => {
      const deduplicated = text.slice(0, 1000) + caption + ARTICLE.slice(1000)
      expect(show(deduplicated, reanchor(deduplicated, selectors))).toBe(
        `moved ${second.start - caption.length}-${second.end - caption.length} ${quote}`
      )
    })
  })

  it('keeps a syllable repeated right after itself on its own copy, not the nearer one (found by fast-check)', () => {
    // `แผนงาน แผนงานงาน`: the last `งาน`, with its whole context, against the one before it, nearer
    // the old position once two characters are added at the start, with 3 of 32 code points off each side.
    const original = `ข้อบังคับ ขั้นตอนปฏิบัติงานภายในหน่วยงาน; แผนงาน แผนงานงาน ปี 2568... นายวี มินห์ ลอง รองเลขาธิการ`
    const start = original.indexOf('แผนงานงาน') + 'แผนงาน'.length
    const anchor = reanchor(`ก ${original}`, describeRange(original, start, start + 3))
    expect(anchor).toEqual({ status: 'moved', start: start + 2, end: start + 5 })
  })

  it('treats an empty quote or an empty text as an orphan', () => {
    const selectors = describeRange(ARTICLE, 10, 20)
    expect(reanchor('', selectors).status).toBe('orphan')
    expect(reanchor(ARTICLE, { ...selectors, quote: { ...selectors.quote, exact: '' } }).status).toBe('orphan')
  })
})

describe('reanchor with astral characters', () => {
  const text = '🇻🇳 ข่าว 📰 ' + ARTICLE.slice(0, 600) + ' 👍🏽 ' + ARTICLE.slice(600, 1200)

  it('reads positions as code points and returns UTF-16 offsets', () => {
    const range = find(text, 'ลุงโฮ', 1)
    const selectors = describeRange(text, range.start, range.end)
    expect(selectors.position.start).toBe(Array.from(text.slice(0, range.start)).length)
    expect(selectors.position.start).toBeLessThan(range.start)
    expect(reanchor(text, selectors)).toEqual({ status: 'exact', start: range.start, end: range.end })
    const moved = '😀😀' + text
    expect(reanchor(moved, selectors)).toEqual({ status: 'moved', start: range.start + 4, end: range.end + 4 })
  })

  it('never cuts an emoji in a fuzzy match', () => {
    const range = find(text, ' 👍🏽 ')
    const selectors = describeRange(text, range.start - 20, range.end + 20)
    // Replace the skin tone and a Thai letter: the match must still hold whole emoji.
    const edited =
      text.slice(0, range.start + 3) +
      '🏿' +
      text.slice(range.start + 5, range.end + 10) +
      'ก' +
      text.slice(range.end + 11)
    const anchor = reanchor(edited, selectors)
    expect(anchor.status).toBe('fuzzy')
    if (anchor.status !== 'fuzzy') return
    expect([isGraphemeBoundary(edited, anchor.start), isGraphemeBoundary(edited, anchor.end)]).toEqual([true, true])
    expect(edited.slice(anchor.start, anchor.end)).toContain('👍🏿')
  })
})

describe('reanchor keeps grapheme clusters whole', () => {
  it('widens a match when a tone mark was added after the quote', () => {
    // …ความรับผิดชอบต่อภารกิจ + ่ : the mark now belongs to the quote's last letter.
    const range = find(ARTICLE, 'ยึดมั่นในความรับผิดชอบต่อภารกิจ')
    const selectors = describeRange(ARTICLE, range.start, range.end)
    const edited = ARTICLE.slice(0, range.end) + '่' + ARTICLE.slice(range.end)
    const anchor = reanchor(edited, selectors)
    expect(show(edited, anchor)).toBe(`fuzzy ${range.start}-${range.end + 1} ยึดมั่นในความรับผิดชอบต่อภารกิจ่`)
  })

  it('keeps a selection that deliberately split a cluster', () => {
    // แกนน|ำ: the reader selected exactly, without SARA AM.
    const range = find(ARTICLE, 'แกนนำและสมาชิก')
    const selectors = describeRange(ARTICLE, range.start, range.start + 4)
    expect(selectors.quote.exact).toBe('แกนน')
    const anchor = reanchor(PARAGRAPH + ARTICLE, selectors)
    expect(anchor).toEqual({
      status: 'moved',
      start: PARAGRAPH.length + range.start,
      end: PARAGRAPH.length + range.start + 4
    })
  })
})

describe('reanchor speed on a 20,000-character article', () => {
  const long = ARTICLES.join('\n').slice(0, 20_000)
  const probes = [
    ['a word', 5_000, 5],
    ['a sentence', 9_000, 60],
    ['a paragraph', 12_000, 600]
  ] as const

  it.each(probes)('re-anchors %s moved, edited or deleted within a few milliseconds', (_, start, length) => {
    const selectors = describeRange(long, start, start + length)
    const variants = [
      PARAGRAPH + long,
      long.slice(0, start + 2) + 'ฮ' + long.slice(start + 3),
      long.slice(0, start - 40) + long.slice(start + length + 40)
    ]
    const started = performance.now()
    for (const variant of variants) for (let i = 0; i < 5; i++) reanchor(variant, selectors)
    expect((performance.now() - started) / 15).toBeLessThan(25)
  })

  it('judges the 1,400 occurrences of a single letter quickly', () => {
    const at = long.indexOf('า', 9_000)
    const selectors = describeRange(long, at, at + 1)
    const started = performance.now()
    const anchor = reanchor(PARAGRAPH + long, selectors)
    expect(performance.now() - started).toBeLessThan(250)
    expect(anchor).toEqual({ status: 'moved', start: PARAGRAPH.length + at, end: PARAGRAPH.length + at + 1 })
  })
})
