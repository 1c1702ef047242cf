// The export and import methods through the API, as the Export dialog calls them, on the running
// services over the bundled samples with a researcher's work on them: input checked where it
// arrives, a preview of every format, a download in web mode, an import that cannot be read
// refused with a sentence and nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiMethodName } from '../../common/api/method-names'
import type { ExportProgress } from '../../common/model/app-status'
import { EXPORT_FORMATS, type ExportPreview, type ExportResult } from '../../common/model/export'
import type { Tag } from '../../common/model/annotation-types'
import { startAnnotatedApp, type AnnotatedApp } from '../../tests/support/export-fixture'
import { dispatch } from './dispatch'
import { exportHandlers } from './export-handlers'

let app: AnnotatedApp
const refusal = async (method: ApiMethodName, input: unknown) => {
  const answer = await dispatch(app.services.handlers, method, input)
  return answer.ok ? null : answer.error
}
const all = { kind: 'all' } as const

beforeAll(async () => {
  app = await startAnnotatedApp('export-api')
}, 60_000)
afterAll(() => app?.close())

describe('export methods', () => {
  it('refuse a format or a scope they do not know, saying why', async () => {
    expect((await refusal('previewExport', { format: 'docx', scope: all }))?.message).toMatch(/format is one of/)
    expect((await refusal('previewExport', { format: 'md', scope: { kind: 'folder' } }))?.message).toMatch(/scope/)
    expect(
      (await refusal('previewExport', { format: 'md', scope: { kind: 'articles', articleIds: [] } }))?.message
    ).toMatch(/at least one article/)
    expect(
      (await refusal('previewExport', { format: 'md', scope: { kind: 'tag', tagId: 'tnothere' } }))?.message
    ).toMatch(/no longer in the codebook/)
  })

  it('preview every format the web host writes, with what the export covers', async () => {
    const previews = new Map<string, ExportPreview>()
    for (const format of EXPORT_FORMATS.filter((name) => name !== 'pdf'))
      previews.set(format, await app.call<ExportPreview>('previewExport', { format, scope: all }))
    const markdown = previews.get('md')
    expect(markdown?.formats).not.toContain('pdf') // no printToPDF outside Electron
    expect(markdown?.counts).toMatchObject({ articles: 2, highlights: 3, orphans: 0, links: 1, memos: 1 })
    expect(markdown?.fileName).toMatch(/\.md$/)
    expect(markdown?.lines.join('\n')).toContain(app.highlights[0]?.target.quote.exact)
    expect(previews.get('qdpx')?.lines).toEqual([
      'REFI-QDA project (.qdpx): 2 articles as sources, 3 highlights as codings, the codebook and notes.'
    ])
    expect(previews.get('csv')?.lines[0]).not.toMatch(/^\uFEFF/) // the byte-order mark is for spreadsheets
    // The library-wide tables cover every article, annotated or not.
    expect(previews.get('themes-csv')?.counts.articles).toBe(5)
  })

  it('narrow to a tag and the tags under it', async () => {
    const preview = await app.call<ExportPreview>('previewExport', {
      format: 'csv',
      scope: { kind: 'tag', tagId: app.parent.id }
    })
    expect(preview.counts).toMatchObject({ articles: 1, highlights: 2 })
    const child = await app.call<ExportPreview>('previewExport', {
      format: 'csv',
      scope: { kind: 'tag', tagId: app.child.id }
    })
    expect(child.counts.highlights).toBe(1)
  })

  it('say how far an export is while it collects, and that it ended', async () => {
    const seen: Array<ExportProgress | null> = []
    const { services } = app
    const handlers = exportHandlers({
      sources: services.exportSources,
      imports: services.imports,
      version: () => 0,
      progress: (exporting) => seen.push(exporting)
    })
    await handlers.previewExport({ format: 'md', scope: all, grouping: 'tag' })
    expect(seen).toEqual([{ done: 2, total: 2 }, null])
  })

  it('answer a download in web mode, the bytes the preview showed', async () => {
    const result = await app.call<ExportResult>('exportAnnotations', { format: 'w3c', scope: all })
    if (result.kind !== 'download') throw new Error(`expected a download, got ${result.kind}`)
    expect(result.mimeType).toBe('application/ld+json')
    const json = JSON.parse(Buffer.from(result.base64, 'base64').toString('utf8')) as Record<string, unknown>
    expect(JSON.stringify(json)).toContain(app.highlights[2]?.target.quote.exact)
  })

  it('refuse an import that is not a file Crossread reads, and change nothing', async () => {
    const tagsBefore = await app.call<Tag[]>('listTags', {})
    const importOf = (fileName: string, text: string) =>
      refusal('importAnnotations', { fileName, base64: Buffer.from(text).toString('base64') })
    expect((await importOf('notes.txt', 'plain words'))?.message).toMatch(/not a file Crossread imports/)
    expect((await importOf('broken.json', '{"type": "AnnotationCollection",'))?.message).toMatch(/not valid JSON/)
    expect((await refusal('importAnnotations', { fileName: 'x.json', base64: '%%%' }))?.message).toMatch(/not base64/)
    expect(await app.call<Tag[]>('listTags', {})).toEqual(tagsBefore)
  })
})
