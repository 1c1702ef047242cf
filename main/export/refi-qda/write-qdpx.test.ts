// The `.qdpx` of the annotated sample app, checked as a peer QDA tool would read it: the project
// validates against the REFI-QDA schema, every selection's positions cut its passage out of the
// source written into the zip, notes carry their creator and time, Thai and markup survive, and
// the same model gives the same bytes.
import { strFromU8, unzipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAnnotatedApp, type AnnotatedApp } from '../../../tests/support/export-fixture'
import { CODEBOOK_SCHEMA, PROJECT_SCHEMA, validateXml } from '../../../tests/fixtures/refi-qda/schema-check'
import type { ExportModel } from '../export-model'
import { writeQdc } from './codebook-xml'
import { refiGuid } from './refi-guid'
import { writeQdpx } from './write-qdpx'

interface Node {
  [key: string]: string | Node[] | Node | undefined
}
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) =>
    ['TextSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note', 'Code', 'Link', 'User'].includes(name)
})
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : [])
const codePoints = (text: string, start: number, end: number) => [...text].slice(start, end).join('')

let app: AnnotatedApp
let model: ExportModel
let files: Record<string, Uint8Array>
let xml: string
let project: Node

beforeAll(async () => {
  app = await startAnnotatedApp('refi-qdpx')
  model = await app.model()
  files = unzipSync(writeQdpx(model))
  xml = strFromU8(files['project.qde'] ?? new Uint8Array())
  project = (parser.parse(xml) as { Project: Node }).Project
}, 60_000)
afterAll(async () => app?.close())

const sources = () => list((project.Sources as Node).TextSource)
const selections = () => sources().flatMap((source) => list(source.PlainTextSelection))
const notes = () => list((project.Notes as Node).Note)

describe('writeQdpx', () => {
  it('writes a project.qde that validates against the REFI-QDA project schema', async () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(await validateXml(xml, PROJECT_SCHEMA)).toEqual({ valid: true, output: '' })
    // The validation covers every kind of element the export writes.
    for (const element of ['<User ', '<Code ', '<TextSource ', '<PlainTextSelection ', '<Coding ', '<Note ', '<Link '])
      expect(xml).toContain(element)
  })

  it('validates for one article, leaving out the link whose other end is not exported', async () => {
    const one = await app.model({ kind: 'articles', articleIds: [app.second.summary.id] })
    const oneXml = strFromU8(unzipSync(writeQdpx(one))['project.qde'] ?? new Uint8Array())
    expect(await validateXml(oneXml, PROJECT_SCHEMA)).toEqual({ valid: true, output: '' })
    expect(oneXml).toContain(`guid="${refiGuid('highlight', app.highlights[2]?.id ?? '')}"`)
    expect(oneXml).not.toContain('<Links>')
  })

  it('writes a .qdc codebook that validates, with the tags nested as in the app', async () => {
    const qdc = writeQdc(model)
    expect(await validateXml(qdc, CODEBOOK_SCHEMA)).toEqual({ valid: true, output: '' })
    const codes = list((parser.parse(qdc) as { CodeBook: { Codes: Node } }).CodeBook.Codes.Code)
    const parent = codes.find((code) => code.name === app.parent.name)
    expect(parent?.color).toBe('#2F5D62')
    expect(list(parent?.Code).map((code) => code.name)).toEqual([app.child.name])
  })

  it('keeps sources flat under sources/ as <GUID>.txt, UTF-8 without BOM or \\r, referenced as internal://', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['project.qde', ...model.articles.map((article) => `sources/${refiGuid('source', article.id)}.txt`)].sort()
    )
    for (const source of sources()) {
      expect(source.plainTextPath).toBe(`internal://${String(source.guid)}.txt`)
      const bytes = files[`sources/${String(source.guid)}.txt`] ?? new Uint8Array()
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf])
      expect(strFromU8(bytes)).not.toContain('\r')
    }
  })

  it('gives every selection positions inside its source that cut out exactly the highlighted passage', () => {
    let highlightsChecked = 0
    for (const source of sources()) {
      const text = strFromU8(files[`sources/${String(source.guid)}.txt`] ?? new Uint8Array())
      const article = model.articles.find((candidate) => refiGuid('source', candidate.id) === source.guid)
      expect(article?.title).toBe(source.name)
      for (const selection of list(source.PlainTextSelection)) {
        const [start, end] = [Number(selection.startPosition), Number(selection.endPosition)]
        expect(0 <= start && start < end && end <= [...text].length, `${String(selection.name)}: ${start}-${end}`).toBe(
          true
        )
        const highlight = article?.highlights.find(
          (candidate) => refiGuid('highlight', candidate.id) === selection.guid
        )
        if (!highlight) continue
        expect(codePoints(text, start, end)).toBe(highlight.quote)
        highlightsChecked++
      }
    }
    expect(highlightsChecked).toBe(app.highlights.length)
  })

  it('codes each highlight with its tags, and links the two linked highlights', () => {
    const [first, , third] = app.highlights
    const selection = selections().find((candidate) => candidate.guid === refiGuid('highlight', first?.id ?? ''))
    expect(list(selection?.Coding).map((coding) => (coding.CodeRef as Node).targetGUID)).toEqual([
      refiGuid('tag', app.child.id)
    ])
    const [link] = list((project.Links as Node).Link)
    expect(link?.originGUID).toBe(refiGuid('highlight', first?.id ?? ''))
    expect(link?.targetGUID).toBe(refiGuid('highlight', third?.id ?? ''))
  })

  it('codes the confirmed theme’s evidence under a Themes folder that is not codable', () => {
    const themes = list((project.CodeBook as Node).Codes && ((project.CodeBook as Node).Codes as Node).Code).find(
      (code) => code.name === 'Themes'
    )
    expect(themes?.isCodable).toBe('false')
    const themeCode = list(themes?.Code).find((code) => code.guid === refiGuid('theme', 'apparatus-streamlining'))
    expect(themeCode?.isCodable).toBe('true')
    const evidence = model.articles.flatMap((article) =>
      article.themes.filter((theme) => theme.verdict === 'confirmed')
    )
    const coded = selections().filter((candidate) =>
      list(candidate.Coding).some((coding) => (coding.CodeRef as Node).targetGUID === themeCode?.guid)
    )
    expect(coded.length).toBe(new Set(evidence.flatMap((theme) => theme.evidence.map((item) => item.paragraph))).size)
  })

  it('gives every note, selection, coding and source its creating user and time', () => {
    const [user] = list((project.Users as Node).User)
    const stamped = [...notes(), ...sources(), ...selections(), ...selections().flatMap((item) => list(item.Coding))]
    expect(notes().length).toBeGreaterThanOrEqual(4) // three highlight notes, the memo, the link's note
    for (const element of stamped) {
      expect(element.creatingUser, String(element.name ?? element.guid)).toBe(user?.guid)
      expect(String(element.creationDateTime)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/)
    }
  })

  it('puts a highlight’s note in its selection’s Description and in a Note it refers to', () => {
    for (const highlight of app.highlights) {
      const selection = selections().find((candidate) => candidate.guid === refiGuid('highlight', highlight.id))
      expect(selection?.Description).toBe(highlight.note)
      const [ref] = list(selection?.NoteRef)
      expect(notes().find((note) => note.guid === ref?.targetGUID)?.PlainTextContent).toBe(highlight.note)
    }
  })

  it('keeps Thai intact and escapes markup in notes', () => {
    expect(xml).toContain(`name="${app.child.name}"`)
    expect(xml).toContain('ดู **มติ 18** — &quot;สำคัญ&quot;\nบรรทัดที่สอง')
    expect(xml).not.toContain('<script>')
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ok')
  })

  it('writes the same bytes for the same model, and the same XML but the project’s date for a later export', () => {
    expect(writeQdpx(model)).toEqual(writeQdpx(model))
    const later = strFromU8(
      unzipSync(writeQdpx({ ...model, generatedAt: '2027-01-01T00:00:00.000Z' }))['project.qde'] ?? new Uint8Array()
    )
    const changed = xml.split('\n').filter((line, index) => line !== later.split('\n')[index])
    expect(changed).toEqual([expect.stringContaining(`creationDateTime="${model.generatedAt}"`)])
  })
})
