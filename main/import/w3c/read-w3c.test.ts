// Files the W3C importer refuses, each with a sentence that says what is wrong (the store is left
// as it was: see import-w3c-app.test.ts), and the shapes it accepts around the annotations.
import { describe, expect, it } from 'vitest'
import { readW3cFile } from './read-w3c'

const passage = { source: 'urn:crossread:article:a1/x.txt', selector: [{ type: 'TextQuoteSelector', exact: 'ข่าว' }] }
const annotation = (over: Record<string, unknown> = {}) => ({ type: 'Annotation', target: [passage], ...over })

describe('readW3cFile refuses', () => {
  it.each([
    ['text that is not JSON', '{"type": "Annot', /not JSON/],
    ['a number', 42, /holds no object or list of annotations/],
    [
      'another type',
      { type: 'Person', name: 'nok' },
      /not a W3C annotation collection, page or annotation \(its type is “Person”\)/
    ],
    ['an object without a type', { items: [] }, /\(it has no type\)/],
    ['an empty list', [], /holds no annotations/],
    [
      'a collection whose page is elsewhere',
      { type: 'AnnotationCollection', first: 'https://x/page1' },
      /not in the file/
    ],
    ['an annotation without a target', [annotation({ target: undefined })], /Annotation 1 cannot be read: .*target/],
    [
      'a target whose selectors have no quote',
      [
        annotation(),
        annotation({
          id: 'urn:x:2',
          target: [{ source: 'x', selector: [{ type: 'TextPositionSelector', start: 1, end: 2 }] }]
        })
      ],
      /Annotation 2 \(urn:x:2\), target 1, has no TextQuoteSelector/
    ],
    [
      'an empty quote',
      [annotation({ target: [{ source: 'x', selector: { type: 'TextQuoteSelector', exact: '' } }] })],
      /TextQuoteSelector that cannot be read: it has “exact” that is empty/
    ],
    [
      'a position that ends before it starts',
      [
        annotation({
          target: [{ source: 'x', selector: [...passage.selector, { type: 'TextPositionSelector', start: 5, end: 2 }] }]
        })
      ],
      /TextPositionSelector that cannot be read: it .*ends before it starts/
    ],
    ['a colour we do not know', [annotation({ 'crossread:color': 'teal' })], /crossread:color/],
    ['a date that is not one', [annotation({ modified: 'yesterday' })], /“modified” that is not a date and time/]
  ])('%s', (_, json, message) => {
    expect(() => readW3cFile(json)).toThrow(message)
  })
})

describe('readW3cFile reads', () => {
  it.each([
    ['one annotation', annotation()],
    ['a list', [annotation()]],
    ['a page', { type: 'AnnotationPage', items: [annotation()] }],
    [
      'a collection with its first page',
      { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [annotation()] } }
    ],
    ['the text of a file with a byte-order mark', `\uFEFF${JSON.stringify(annotation())}`]
  ])('%s', (_, json) => {
    expect(readW3cFile(json)).toMatchObject([
      {
        kind: 'highlight',
        passage: { source: { articleId: 'a1', file: 'x.txt' }, quote: { exact: 'ข่าว', prefix: '' } }
      }
    ])
  })

  it('gives an annotation without an id the same derived id each time', () => {
    const [first] = readW3cFile([annotation()])
    const [again] = readW3cFile([annotation()])
    expect(first?.fileId).toMatch(/^sha1:/)
    expect(again?.fileId).toBe(first?.fileId)
  })
})
