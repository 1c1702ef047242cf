import fc from 'fast-check'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { BIDI_CONTROLS, controlsIn, plainLabel, splitAtControls } from './bidi-controls'
import { SafeText } from './SafeText'

// The pieces as a compact string: controls as [ABBR], plain runs as they are, separated by |.
const pieces = (text: string) =>
  splitAtControls(text)
    .map((piece) => (piece.control ? `[${piece.control.abbr}]` : piece.text))
    .join('|')

describe('splitAtControls', () => {
  it.each([
    ['no control: one piece', 'การปฏิรูปกลไกรัฐ', 'การปฏิรูปกลไกรัฐ'],
    ['empty text: no pieces', '', ''],
    ['the title that shows as "live"', 'ข่าว \u202Eevil', 'ข่าว |[RLO]|evil'],
    ['controls at both ends and side by side', '\u202Dabc\u202C\u202C', '[LRO]|abc|[PDF]|[PDF]'],
    ['isolates and marks', 'a\u2067b\u2069c\u200Ed\u200Fe\u061C', 'a|[RLI]|b|[PDI]|c|[LRM]|d|[RLM]|e|[ALM]'],
    ['embeddings and first-strong', '\u202Ax\u202By\u2068z\u2066', '[LRE]|x|[RLE]|y|[FSI]|z|[LRI]'],
    // Not direction controls: zero-width joiners, no-break space, Arabic letters.
    ['other invisible characters stay text', 'a\u200Db\u200Cc\u00A0d\u0627', 'a\u200Db\u200Cc\u00A0d\u0627']
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toBe(expected)
  })

  it('knows the twelve controls of the brief, each with its own abbreviation', () => {
    expect(BIDI_CONTROLS.size).toBe(12)
    expect(new Set([...BIDI_CONTROLS.values()].map((control) => control.abbr)).size).toBe(12)
    expect([...BIDI_CONTROLS.keys()].join('')).toBe(
      splitAtControls([...BIDI_CONTROLS.keys()].join(''))
        .map((piece) => piece.text)
        .join('')
    )
  })

  it('loses nothing: the pieces join back to the text, each control alone in its piece', () => {
    const char = fc.constantFrom('ก', 'า', 'e', ' ', '\u0627', '\u200D', ...BIDI_CONTROLS.keys())
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 40 }).map((chars) => chars.join('')),
        (text) => {
          const split = splitAtControls(text)
          expect(split.map((piece) => piece.text).join('')).toBe(text)
          for (const piece of split)
            expect(piece.control ? BIDI_CONTROLS.has(piece.text) : controlsIn(piece.text).length === 0).toBe(true)
          expect(split.filter((piece) => piece.control)).toHaveLength(controlsIn(text).length)
        }
      )
    )
  })
})

describe('plainLabel', () => {
  it.each([
    ['plain Thai stays as it is (options still match by label)', 'ปฏิรูปการบริหาร', 'ปฏิรูปการบริหาร'],
    ['a control is shown and the label isolated', 'Nhân Dân\u202Eevil', '\u2068Nhân Dân⟨RLO⟩evil\u2069'],
    ['a right-to-left name is isolated from what follows it', 'שלום', '\u2068שלום\u2069'],
    ['an RLM (a strong right-to-left character) is shown, not applied', '\u200Fabc.', '\u2068⟨RLM⟩abc.\u2069']
  ])('%s', (_name, text, expected) => {
    expect(plainLabel(text)).toBe(expected)
  })
})

describe('SafeText', () => {
  it('isolates the field and wraps each control in a visible marker, keeping the character', () => {
    const html = renderToStaticMarkup(createElement(SafeText, { text: 'ข่าว \u202Eevil' }))
    expect(html).toBe(
      '<bdi>ข่าว <bdi class="bidi-control" dir="ltr" data-control="RLO" ' +
        'title="U+202E right-to-left override: a direction control in the text, shown here and not applied">\u202E</bdi>evil</bdi>'
    )
  })

  it('keeps markup in the text as text', () => {
    const html = renderToStaticMarkup(createElement(SafeText, { text: '<b>x</b>\u2066' }))
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;<bdi class="bidi-control"')
  })
})
