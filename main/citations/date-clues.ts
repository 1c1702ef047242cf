// Dates and terms written beside a citation: `18-NQ/TW ลงวันที่ 25 ตุลาคม 2017`, `ของคณะกรรมการ
// กลางพรรคชุดที่ 12` (of the 12th Central Committee), `khóa XII`. They pick one of the documents
// that share a code, since party numbers restart each term. Buddhist-era years (2560) are read
// as Gregorian (2017).

export interface DateClues {
  years: Set<number>
  /** Central Committee terms as Roman numerals (`XII`). */
  terms: Set<string>
}

const YEAR = /(?<!\d)(199\d|20[0-4]\d|25[3-8]\d)(?!\d)/gu
const TERM = /(?:ชุดที่|สมัยที่|khóa|khoá|khoa)\s*(\d{1,2}|[XVI]{1,5})(?![\p{L}\d])/giu
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI']

/** The years and terms written in `text` (a citing sentence). */
export function dateClues(text: string): DateClues {
  const years = new Set<number>()
  for (const [, year = ''] of text.matchAll(YEAR)) {
    const value = Number(year)
    years.add(value > 2500 ? value - 543 : value)
  }
  const terms = new Set<string>()
  for (const [, term = ''] of text.matchAll(TERM))
    terms.add(/^\d+$/.test(term) ? (ROMAN[Number(term)] ?? term) : term.toUpperCase())
  return { years, terms }
}

/** Whether a document's date or term is among the clues. */
export function matchesClues(doc: { date: string; term: string | null }, clues: DateClues): boolean {
  return clues.years.has(Number(doc.date.slice(0, 4))) || (doc.term !== null && clues.terms.has(doc.term))
}
