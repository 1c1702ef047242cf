// The three CSV exports read back with Papa Parse from the annotated sample app: the highlights
// (the same rows as the model, Thai intact, the `=SUM(A1:A2)` note neutralised and recoverable, a
// note with a line break and quotes whole), the themes matrix and the cited documents.
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../common/model/article-types'
import { unpackCell, type ThemeMatrix } from '../../../common/model/theme-matrix'
import { readSpreadsheetCsv } from '../../../common/text/spreadsheet-csv'
import { startAnnotatedApp, type AnnotatedApp } from '../../../tests/support/export-fixture'
import type { ExportModel } from '../export-model'
import { writeDocumentsCsv } from './documents-csv'
import { HIGHLIGHT_COLUMNS, writeHighlightsCsv } from './highlights-csv'
import { writeThemesCsv } from './themes-csv'

let app: AnnotatedApp
let model: ExportModel

beforeAll(async () => {
  app = await startAnnotatedApp('csv-formats')
  model = await app.model()
}, 60_000)
afterAll(() => app?.close())

/** The cells exactly as a spreadsheet program would get them (apostrophes kept), header first. */
const rawRows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n' }).data

describe('highlights CSV', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = writeHighlightsCsv(model)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.split('\r\n')[0]).toBe('\uFEFF' + HIGHLIGHT_COLUMNS.join(','))
  })

  it('reads back as the model’s highlights, one row each, values recovered', () => {
    const [header, ...rows] = readSpreadsheetCsv(writeHighlightsCsv(model))
    expect(header).toEqual(HIGHLIGHT_COLUMNS)
    const pathOf: Record<string, string> = { [app.parent.id]: 'ปฏิรูป', [app.child.id]: 'ปฏิรูป / กระจายอำนาจ' }
    const expected = model.articles.flatMap((article) =>
      article.highlights.map((h) => [
        article.title,
        article.file,
        article.outlet ?? '',
        article.date ?? '',
        article.sourceUrl ?? '',
        h.quote,
        h.prefix,
        h.suffix,
        String(h.start),
        String(h.end),
        h.colorName,
        h.tagIds.map((id) => pathOf[id]).join('; '),
        h.note,
        h.created,
        h.modified,
        h.id
      ])
    )
    expect(rows).toEqual(expected)
    expect(rows).toHaveLength(3)
    expect(rows.map((row) => row[12])).toContain('ดู **มติ 18** — "สำคัญ"\nบรรทัดที่สอง')
    // The positions cut the quote out of the article's text (code points).
    for (const row of rows) {
      const text = model.articles.find((article) => article.file === row[1])?.text ?? ''
      expect([...text].slice(Number(row[8]), Number(row[9])).join('')).toBe(row[5])
    }
  })

  it('neutralises the formula note so a spreadsheet shows it as text', () => {
    const rows = rawRows(writeHighlightsCsv(model))
    const notes = rows.map((row) => row[12])
    expect(notes).toContain("'=SUM(A1:A2)")
    expect(notes).not.toContain('=SUM(A1:A2)')
    // The first article's text starts with "- ": a prefix cell that a spreadsheet would run too.
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })
})

describe('themes matrix CSV', () => {
  it('writes one row per article, each theme’s strength and status, verdicts included', async () => {
    const matrix = await app.call<ThemeMatrix>('getThemeMatrix', {})
    const summaries = await app.call<ArticleSummary[]>('listArticles', {})
    const [header, ...rows] = readSpreadsheetCsv(writeThemesCsv({ matrix, themes: model.themes, summaries }))
    expect(header?.slice(0, 6)).toEqual([
      'Title',
      'File',
      'Outlet',
      'Date',
      'Streamlining the apparatus strength',
      'Streamlining the apparatus status'
    ])
    expect(header).toHaveLength(4 + 2 * matrix.themes.length)
    expect(rows).toHaveLength(5)
    const rowOf = (id: string) => rows[matrix.ids.indexOf(id)] ?? []
    const column = (themeId: string) => 4 + 2 * matrix.themes.indexOf(themeId)
    const first = rowOf(app.first.summary.id)
    expect(first.slice(0, 4)).toEqual([app.first.summary.title, app.first.summary.file, 'Việt Nam', '2025-02-28'])
    expect(first[column('apparatus-streamlining') + 1]).toBe('confirmed')
    const cell =
      matrix.cells[
        matrix.ids.indexOf(app.first.summary.id) * matrix.themes.length +
          matrix.themes.indexOf('apparatus-streamlining')
      ]
    expect(first[column('apparatus-streamlining')]).toBe(unpackCell(cell ?? 0).strength.toFixed(3))
    expect(first[column('apparatus-streamlining')]).toMatch(/^(0|1)\.\d{3}$/)
    expect(rowOf(app.second.summary.id)[column('public-investment') + 1]).toBe('rejected')
    expect(rowOf(app.second.summary.id)[column('science-tech-digital') + 1]).toBe('detected')
  })
})

describe('documents CSV', () => {
  it('writes one row per place an article cites a document, the sentence and its positions', () => {
    const csv = writeDocumentsCsv(model.articles.map((article) => ({ article, citations: article.citations })))
    const [header, ...rows] = readSpreadsheetCsv(csv)
    expect(header).toEqual([
      'Article title',
      'File',
      'Outlet',
      'Date',
      'Document ID',
      'Resolved document',
      'Document title',
      'Document date',
      'Confidence',
      'Sentence',
      'Start',
      'End'
    ])
    const mentions = model.articles.flatMap((a) => a.citations.flatMap((c) => c.mentions.map((m) => ({ a, c, m }))))
    expect(rows).toHaveLength(mentions.length)
    const cited = rows.find((row) => row[1] === app.first.summary.file && row[4] === '18-NQ/TW')
    expect(cited?.slice(5, 6)).toEqual(['18-NQ/TW@2017'])
    expect(rows.some((row) => row[1] === app.second.summary.file && row[4] === '57-NQ/TW')).toBe(true)
    for (const row of rows) {
      const text = model.articles.find((article) => article.file === row[1])?.text ?? ''
      const cut = [...text].slice(Number(row[10]), Number(row[11])).join('')
      expect(row[9]).toContain(cut)
      expect(mentions.some(({ m }) => m.text === cut)).toBe(true)
    }
  })

  it('keeps a citation with no place in the text as one row', () => {
    const article = model.articles[0]!
    const citation = { ...article.citations[0]!, mentions: [] }
    const [, ...rows] = readSpreadsheetCsv(writeDocumentsCsv([{ article, citations: [citation] }]))
    expect(rows).toEqual([
      [
        article.title,
        article.file,
        article.outlet,
        article.date,
        citation.documentId,
        citation.resolvedKey,
        citation.resolvedTitle,
        citation.resolvedDate,
        citation.confidence.toFixed(2),
        '',
        '',
        ''
      ]
    ])
  })
})
