// Positions on a hand-made model where code points and UTF-16 units differ (an emoji before the
// highlight), where the text holds `\r\n` (written as `\n`, positions moved with it), and where a
// note holds characters XML forbids; plus an orphaned highlight and a link end that is no highlight.
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { CODEBOOK_SCHEMA, PROJECT_SCHEMA, validateXml } from '../../../tests/fixtures/refi-qda/schema-check'
import type { ExportHighlight, ExportModel } from '../export-model'
import { writeQdc } from './codebook-xml'
import { refiGuid } from './refi-guid'
import { sourceText } from './source-text'
import { writeQdpx } from './write-qdpx'

const TEXT = '🙂🙂 ข่าว\r\nปฏิรูป 𠀀 การบริหาร <b>&</b>'
const at = (text: string, part: string) => [...text.slice(0, text.indexOf(part))].length
const span = (part: string) => ({ start: at(TEXT, part), end: at(TEXT, part) + [...part].length })

const highlight = (id: string, quote: string, extra: Partial<ExportHighlight> = {}): ExportHighlight => ({
  id,
  quote,
  prefix: '',
  suffix: '',
  ...span(quote),
  anchor: 'exact',
  color: 'yellow',
  colorName: 'Yellow',
  tagIds: ['t000000000001'],
  tagNames: ['ปฏิรูป'],
  note: '',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-02T00:00:00.000Z',
  ...extra
})

const model: ExportModel = {
  generatedAt: '2026-12-03T10:00:00.000Z',
  user: 'นักวิจัย "A" <a@b>',
  scope: { kind: 'all' },
  scopeLabel: 'Everything',
  grouping: 'article',
  tags: [
    {
      id: 't000000000001',
      name: 'ปฏิรูป',
      color: '#abcdef',
      description: '',
      parentId: null,
      created: '2026-01-01T00:00:00.000Z'
    }
  ],
  themes: [],
  counts: { articles: 1, highlights: 3, orphans: 1, links: 1, memos: 0, themes: 0 },
  articles: [
    {
      id: 'a1',
      title: 'ข่าว\u0007 <ทดสอบ>',
      outlet: null,
      date: null,
      sourceUrl: null,
      folder: 'f',
      file: 'a1.txt',
      contentHash: 'h',
      text: TEXT,
      length: [...TEXT].length,
      blocks: [],
      highlights: [
        highlight('n1', 'ปฏิรูป 𠀀 การ', { note: 'bell\u0007 and \uFFFE gone; Thai ไทย stays' }),
        highlight('n2', 'ข่าว\r\nปฏิรูป', { tagIds: [], tagNames: [] }),
        highlight('n3', 'lost passage', { start: null, end: null, anchor: 'orphan' })
      ],
      memo: null,
      themes: [],
      citations: []
    }
  ],
  links: [
    {
      id: 'l1',
      kind: 'same-event',
      kindLabel: 'Same event',
      note: '',
      created: '2026-01-03T00:00:00.000Z',
      modified: '2026-01-03T00:00:00.000Z',
      ends: [
        {
          articleId: 'a1',
          title: 'ข่าว',
          quote: 'ปฏิรูป 𠀀 การ',
          prefix: '',
          suffix: '',
          ...span('ปฏิรูป 𠀀 การ'),
          anchor: 'exact'
        },
        {
          articleId: 'a1',
          title: 'ข่าว',
          quote: '<b>&</b>',
          prefix: '',
          suffix: '',
          ...span('<b>&</b>'),
          anchor: 'exact'
        }
      ]
    }
  ]
}

const files = unzipSync(writeQdpx(model))
const xml = strFromU8(files['project.qde'] ?? new Uint8Array())
const written = strFromU8(files[`sources/${refiGuid('source', 'a1')}.txt`] ?? new Uint8Array())
const positions = (guid: string) => {
  const match = new RegExp(`guid="${guid}"[^>]*startPosition="(\\d+)" endPosition="(\\d+)"`).exec(xml)
  return [Number(match?.[1]), Number(match?.[2])]
}
const cut = ([start, end]: number[]) => [...written].slice(start, end).join('')

describe('REFI-QDA positions and text', () => {
  it('validates although names and notes hold characters XML forbids', async () => {
    expect(await validateXml(xml, PROJECT_SCHEMA)).toEqual({ valid: true, output: '' })
    expect(xml).toContain('bell and  gone; Thai ไทย stays')
    expect(xml).toContain('name="ข่าว &lt;ทดสอบ&gt;"')
  })

  it('counts positions in code points, so an emoji before a highlight does not shift it', () => {
    expect(cut(positions(refiGuid('highlight', 'n1')))).toBe('ปฏิรูป 𠀀 การ')
    expect(positions(refiGuid('highlight', 'n1'))[0]).toBe(8) // two emoji, a space, ข่าว (4), \n
  })

  it('writes \\r\\n as \\n and moves positions onto the written text', () => {
    expect(written).toBe(TEXT.replace('\r\n', '\n'))
    expect(cut(positions(refiGuid('highlight', 'n2')))).toBe('ข่าว\nปฏิรูป')
    const source = sourceText('\uFEFFa\r\nb\rc')
    expect(source.text).toBe('a\nb\nc')
    expect([0, 1, 2, 3, 4, 5, 6].map(source.position)).toEqual([0, 0, 1, 2, 2, 3, 4])
  })

  it('keeps an orphaned highlight as a note on its article, with no selection', () => {
    expect(xml).not.toContain(`guid="${refiGuid('highlight', 'n3')}"`)
    expect(xml).toContain(`<NoteRef targetGUID="${refiGuid('note', 'n3')}"/>`)
    expect(xml).toMatch(/Orphaned yellow highlight: “lost passage”\nTags: ปฏิรูป/)
  })

  it('links a highlight to a link end that is a selection of its own', () => {
    const end = refiGuid('link-end', 'l1 1')
    expect(cut(positions(end))).toBe('<b>&</b>')
    expect(xml).toContain(`direction="Associative" originGUID="${refiGuid('highlight', 'n1')}" targetGUID="${end}"`)
  })

  it('writes a codebook that validates, and refuses an empty one with a sentence', async () => {
    expect(await validateXml(writeQdc(model), CODEBOOK_SCHEMA)).toEqual({ valid: true, output: '' })
    expect(() => writeQdc({ ...model, tags: [] })).toThrow('The codebook is empty')
  })
})
