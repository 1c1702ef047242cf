import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { snippetElements } from './snippet-elements'

const html = (text: string, marks: { start: number; end: number }[]) =>
  renderToStaticMarkup(createElement('p', null, ...snippetElements({ text, marks })))

describe('snippet to elements', () => {
  it.each([
    ['no marks', 'การปรับปรุงกลไก', [], '<p>การปรับปรุงกลไก</p>'],
    ['a Thai word in the middle', 'การปรับปรุงกลไกรัฐ', [{ start: 3, end: 11 }], '<p>การ<mark>ปรับปรุง</mark>กลไกรัฐ</p>'],
    ['the whole text', 'ควบรวม', [{ start: 0, end: 6 }], '<p><mark>ควบรวม</mark></p>'],
    [
      'two hits, given out of order',
      'มติ 18-NQ/TW และ มติ',
      [
        { start: 17, end: 20 },
        { start: 0, end: 3 }
      ],
      '<p><mark>มติ</mark> 18-NQ/TW และ <mark>มติ</mark></p>'
    ],
    [
      'overlapping and touching ranges merge',
      'abcdefgh',
      [
        { start: 1, end: 4 },
        { start: 2, end: 5 },
        { start: 5, end: 6 }
      ],
      '<p>a<mark>bcdef</mark>gh</p>'
    ],
    [
      'ranges past the end are clamped, empty ones dropped',
      'abc',
      [
        { start: 2, end: 99 },
        { start: 1, end: 1 }
      ],
      '<p>ab<mark>c</mark></p>'
    ]
  ])('%s', (_name, text, marks, expected) => {
    expect(html(text, marks)).toBe(expected)
  })

  it('shows a direction control inside or outside a mark as a marker, never applied', () => {
    const tooltip = 'U+202E right-to-left override: a direction control in the text, shown here and not applied'
    const control = `<bdi class="bidi-control" dir="ltr" data-control="RLO" title="${tooltip}">\u202E</bdi>`
    const marks = [
      { start: 0, end: 3 },
      { start: 10, end: 14 }
    ]
    expect(html('มติ \u202Eevil \u202Eมติ', marks)).toBe(
      `<p><mark>มติ</mark> ${control}evil <mark>${control}มติ</mark></p>`
    )
  })

  it('keeps markup in article text as text', () => {
    expect(html('<b>มติ</b>', [{ start: 3, end: 6 }])).toBe('<p>&lt;b&gt;<mark>มติ</mark>&lt;/b&gt;</p>')
  })
})
