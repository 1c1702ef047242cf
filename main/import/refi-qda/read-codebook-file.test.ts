// Reading codebooks as peers write them (both namespaces, prefixed elements, a project file not
// named project.qde) and refusing, with a sentence, what is not one or is not safe to unpack.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { REFI_FIXTURES } from '../../../tests/fixtures/refi-qda/schema-check'
import { readCodebookFile, type ImportedCode } from './read-codebook-file'

const fixture = (name: string) => new Uint8Array(readFileSync(join(REFI_FIXTURES, name)))
/** A compact form of a tree: `name #colour [children]`. */
const outline = (codes: ImportedCode[]): string[] =>
  codes.map(
    (code) =>
      `${code.name}${code.color ? ` ${code.color}` : ''}${code.children.length ? ` [${outline(code.children).join(', ')}]` : ''}`
  )

describe('readCodebookFile', () => {
  it('reads a 1.0 codebook: nesting, colours (#RGB expanded), escaped descriptions', () => {
    const codes = readCodebookFile('peer.qdc', fixture('codebook-1.0.qdc'))
    expect(outline(codes)).toEqual([
      'นโยบายเศรษฐกิจ #1f77b4 [การลงทุนภาครัฐ #ff8800, Private sector]',
      'Anti-corruption #d62728'
    ])
    expect(codes[0]?.description).toBe('Economic policy & reform <all levels>')
  })

  it('reads a 0.4 codebook written with prefixed elements and braced GUIDs', () => {
    const codes = readCodebookFile('old.qdc', fixture('codebook-0.4.qdc'))
    expect(outline(codes)).toEqual(['Land reform #2ca02c [ที่ดิน]'])
    expect(codes[0]?.description).toBe('Older codebook')
  })

  it('reads the codebook of a .qdpx whose project file is “My project.qde”, and of a bare .qde', () => {
    const expected = ['Institutions #1f77b4 [ปฏิรูปการบริหาร #ff7f0e]']
    expect(outline(readCodebookFile('atlas.qdpx', fixture('atlas-named-project.qdpx')))).toEqual(expected)
    expect(outline(readCodebookFile('My project.qde', fixture('My project.qde')))).toEqual(expected)
  })

  const refusals: Array<[string, Uint8Array, RegExp]> = [
    ['notes.qdc', strToU8('just some notes'), /“notes.qdc” cannot be imported: it is not well-formed XML \(line 1/],
    [
      'page.qdc',
      strToU8('<html><body/></html>'),
      /its root element is <html> without a namespace, not a REFI-QDA codebook/
    ],
    ['other.qdc', strToU8('<CodeBook xmlns="urn:other"><Codes/></CodeBook>'), /<CodeBook> in namespace urn:other/],
    ['empty.qdc', strToU8('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'), /it holds no codes/],
    ['entities.qdc', strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><CodeBook/>'), /declares a DOCTYPE/],
    ['bomb.qdpx', fixture('zip-bomb.qdpx'), /“sources\/bomb.txt” is compressed suspiciously well \(a zip bomb\?\)/],
    ['escape.qdpx', fixture('path-escape.qdpx'), /it holds a file with an unsafe path \(“..\/escaped.txt”\)/],
    ['sources.qdpx', zipSync({ 'sources/a.txt': strToU8('text') }), /holds no REFI-QDA project file/],
    ['broken.qdpx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /it is not a readable zip archive/],
    ['codebook.qdpx', zipSync({ 'project.qde': fixture('codebook-1.0.qdc') }), /not a REFI-QDA project \(<Project>\)/]
  ]
  it.each(refusals)('refuses %s with a sentence', (name, bytes, message) => {
    expect(() => readCodebookFile(name, bytes)).toThrow(message)
  })

  it('refuses a zip whose entries declare more than 200 MB, before inflating any', () => {
    const zip = zipSync(
      { 'project.qde': fixture('My project.qde'), 'sources/a.txt': strToU8('x'.repeat(1000)) },
      { level: 0 }
    )
    // Patch each central directory record's uncompressed size (and compressed, so the ratio looks like text).
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    for (let at = 0; at < zip.length - 4; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue
      view.setUint32(at + 20, 150 * 1024 * 1024, true)
      view.setUint32(at + 24, 150 * 1024 * 1024, true)
    }
    expect(() => readCodebookFile('huge.qdpx', zip)).toThrow(/it would unpack to more than 200 MB/)
  })
})
