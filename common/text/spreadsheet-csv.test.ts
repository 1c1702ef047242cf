import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { readSpreadsheetCsv, recoverCell, spreadsheetCsv } from './spreadsheet-csv'

const cellsOf = (csv: string) => Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data

describe('CSV for a spreadsheet', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(spreadsheetCsv(['a', 'b'], [['x', 1]])).toBe('\uFEFFa,b\r\nx,1')
  })

  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '=1+1\nsecond line', "'=A1"])(
    'neutralises a text cell a spreadsheet would run, and the value is recoverable: %j',
    (text) => {
      const [, row] = cellsOf(spreadsheetCsv(['note'], [[text]]))
      expect(row?.[0]).toBe(`'${text}`)
      expect(recoverCell(row?.[0] ?? '')).toBe(text)
    }
  )

  it('leaves numbers, Thai and plain apostrophes as they are', () => {
    const csv = spreadsheetCsv(['n', 'th', 'q'], [[-0.5, 'การปฏิรูป, "ใหม่"', "'quoted'"]])
    expect(csv).toContain(`-0.5,"การปฏิรูป, ""ใหม่""",'quoted'`)
    expect(readSpreadsheetCsv(csv)[1]).toEqual(['-0.5', 'การปฏิรูป, "ใหม่"', "'quoted'"])
  })

  it('reads back line breaks and quotes inside a cell', () => {
    const note = 'ดู **มติ 18** — "สำคัญ"\nบรรทัดที่สอง'
    expect(readSpreadsheetCsv(spreadsheetCsv(['note'], [[note]]))).toEqual([['note'], [note]])
  })
})
