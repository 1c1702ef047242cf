import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import { matrixCsv, timelineCsv, toCsv } from './export-csv'
import { cell, testMatrix } from './test-matrix'

const labels = new Map<string, ThemeLabel>([
  ['t1', { id: 't1', label: { th: 'ปรับปรุงกลไก', en: 'Streamlining' }, relatedDocuments: [] }]
])

describe('CSV for a spreadsheet', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['x', 1]])
    expect(csv.startsWith('\uFEFFa,b\r\nx,1')).toBe(true)
  })

  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises a text cell a spreadsheet would run: %j',
    (text) => {
      const [, row] = Papa.parse<string[]>(toCsv(['title'], [[text]]).slice(1)).data
      expect(row?.[0]).toBe(`'${text}`)
    }
  )

  it('leaves numbers and Thai as they are', () => {
    expect(toCsv(['n', 'th'], [[-0.5, 'การปฏิรูป, "ใหม่"']])).toContain('-0.5,"การปฏิรูป, ""ใหม่"""')
  })

  it('writes the matrix one article a line, each theme’s strength and status', () => {
    const matrix = testMatrix(['t1'], [['a', '2025-02-28', 0, 0, [cell(0.8, true, 'confirmed')]]])
    const [head, line] = Papa.parse<string[]>(matrixCsv(matrix, [0], labels, () => '=ข่าว').slice(1)).data
    expect(head).toEqual([
      'id',
      'title',
      'date',
      'outlet',
      'province',
      'province (vi)',
      'province since 2025',
      'ปรับปรุงกลไก (Streamlining): strength',
      'ปรับปรุงกลไก (Streamlining): status'
    ])
    expect(line).toEqual([
      'a',
      "'=ข่าว",
      '2025-02-28',
      'Nhân dân',
      'ไห่เซือง',
      'Hải Dương',
      'Hải Phòng',
      '0.8',
      'confirmed'
    ])
  })

  it('writes the timeline one month a line', () => {
    const csv = timelineCsv({ months: ['2025-01', '2025-02'], counts: [[1, 4]], undated: 0 }, ['t1'], labels)
    expect(csv.slice(1).split('\r\n')).toEqual(['month,ปรับปรุงกลไก (Streamlining)', '2025-01,1', '2025-02,4'])
  })
})
