// The W3C export of a small hand-built model: the standard context, our ids as URNs, bodies as the
// Hypothesis presenter shapes them, and positions counted in code points (an emoji before the
// highlight shifts UTF-16 offsets by one, code points not).
import { describe, expect, it } from 'vitest'
import { EMOJI_TEXT as TEXT, EMOJI_QUOTE as QUOTE, emojiModel } from '../../../tests/fixtures/w3c/emoji-model'
import { writeW3cAnnotations } from './write-w3c'

describe('writeW3cAnnotations', () => {
  const json = JSON.parse(writeW3cAnnotations(emojiModel()))
  const [highlight, orphan, theme] = json.first.items

  it('writes an AnnotationCollection with the W3C context and one embedded page', () => {
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(json).toMatchObject({ type: 'AnnotationCollection', label: 'Everything', total: 3 })
    expect(json.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 })
  })

  it('counts positions in code points: the emoji before the quote is one, not two', () => {
    const position = highlight.target[0].selector.find((s: { type: string }) => s.type === 'TextPositionSelector')
    expect(position).toEqual({ type: 'TextPositionSelector', start: 10, end: 10 + QUOTE.length })
    expect(TEXT.indexOf(QUOTE)).toBe(11) // UTF-16 units would have said 11
    expect(Array.from(TEXT).slice(position.start, position.end).join('')).toBe(QUOTE)
  })

  it('shapes bodies as Hypothesis does: the note in Markdown, each tag a tagging body with its path', () => {
    expect(highlight).toMatchObject({
      id: 'urn:crossread:annotation:na00123456789abcd',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-02T03:04:05.000Z',
      modified: '2026-01-03T03:04:05.000Z',
      creator: { type: 'Person', name: 'nok' },
      'crossread:color': 'green'
    })
    expect(highlight.body).toEqual([
      { type: 'TextualBody', value: '**สำคัญ**', format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'กระจายอำนาจ', purpose: 'tagging', 'crossread:tagPath': ['ปฏิรูป', 'กระจายอำนาจ'] }
    ])
    expect(highlight.target[0].source).toBe('urn:crossread:article:aemoji/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%201.txt')
  })

  it('writes an orphan with its stored quote only, and a bare highlight as highlighting without bodies', () => {
    expect(orphan.motivation).toBe('highlighting')
    expect(orphan.body).toBeUndefined()
    expect(orphan.target[0].selector).toEqual([
      { type: 'TextQuoteSelector', exact: QUOTE, prefix: '🎉 ข่าวดี\n\n', suffix: 'ตามมติ 18-NQ/TW' }
    ])
  })

  it('writes a theme verdict as a classifying annotation on the article, a detected theme not at all', () => {
    expect(theme).toMatchObject({
      id: 'urn:crossread:theme:aemoji:public-investment',
      motivation: 'classifying',
      creator: { name: 'nok' },
      modified: '2026-02-01T00:00:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'public-investment', 'crossread:verdict': 'rejected' }
      ]
    })
    expect(theme.target).toMatch(/^urn:crossread:article:aemoji\//)
  })

  it('gives the same text for the same model (stable ids)', () => {
    expect(writeW3cAnnotations(emojiModel())).toBe(writeW3cAnnotations(emojiModel()))
  })
})
