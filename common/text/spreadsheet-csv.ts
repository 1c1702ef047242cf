// CSV that spreadsheet programs open safely and read right, shared by every CSV the app writes:
// UTF-8 with a byte-order mark (Excel takes a file without one for the local code page and shows
// Thai as mojibake), CRLF line ends (RFC 4180), quoting by Papa Parse, and every text cell that a
// spreadsheet would run as a formula neutralised with a leading apostrophe (OWASP "CSV Injection":
// a cell starting with = + - @, a tab or a carriage return). Numbers are written as numbers.
import Papa from 'papaparse'

export const BYTE_ORDER_MARK = '\uFEFF'

/** A text cell a spreadsheet would run, after any apostrophes already there. Papa Parse's own
 * `escapeFormulae: true` pattern (`/^[=+\-@\t\r].*$/`) misses a cell that goes on past a line
 * break (`.` stops at `\n`, `$` needs the end), so a two-line note starting with `=` would pass. */
const FORMULA_START = /^'*[=+\-@\t\r]/

export type CsvCell = string | number

/** The header row, then the rows, as one CSV text starting with the byte-order mark. */
export function spreadsheetCsv(fields: string[], rows: CsvCell[][]): string {
  return BYTE_ORDER_MARK + Papa.unparse({ fields, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' })
}

/** The true value of a text cell read back: a neutralised cell has exactly one apostrophe more than
 * the value (a value that itself starts with `'=` is written `''=`), so one is taken off. */
export function recoverCell(cell: string): string {
  return FORMULA_START.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell
}

/** Reads a CSV written by `spreadsheetCsv` back into rows of text (header first), values recovered. */
export function readSpreadsheetCsv(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true })
  return parsed.data.map((row) => row.map(recoverCell))
}
