// An imported file, told apart by its content rather than its name alone: a zip is a REFI-QDA
// project, XML a REFI-QDA codebook, JSON W3C Web Annotations. A file that is none of them, or
// that fails to read, is refused with a sentence and changes nothing.
import { ApiError } from '../../common/errors/api-error'
import type { ImportSummary } from '../../common/model/export'
import type { AnnotationService } from '../annotations/annotation-service'
import { importW3cAnnotations, type W3cImportDeps } from './w3c/import-w3c'
import { readCodebookFile } from './refi-qda/read-codebook-file'
import { importCodebook } from './refi-qda/import-codebook'

export type ImportDeps = W3cImportDeps & { annotations: AnnotationService; now?: () => Date }

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

export async function importFile(fileName: string, bytes: Uint8Array, deps: ImportDeps): Promise<ImportSummary> {
  const now = (deps.now?.() ?? new Date()).toISOString()
  const isZip = ZIP_MAGIC.every((byte, i) => bytes[i] === byte)
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (isZip || head.startsWith('<')) {
    const codes = readCodebookFile(fileName, bytes)
    const { tagsAdded } = await importCodebook(deps.annotations, codes, now)
    return { ...nothing(isZip ? 'qdpx' : 'qdc'), tagsAdded }
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    let json: unknown
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''))
    } catch (err) {
      throw new ApiError(
        'invalid-input',
        `“${fileName}” is not valid JSON (${err instanceof Error ? err.message : String(err)}).`
      )
    }
    return importW3cAnnotations(json, deps)
  }
  throw new ApiError(
    'invalid-input',
    `“${fileName}” is not a file Crossread imports: it reads W3C annotations (JSON), REFI-QDA codebooks (.qdc) and projects (.qdpx).`
  )
}

const nothing = (format: ImportSummary['format']): ImportSummary => ({
  format,
  added: 0,
  updated: 0,
  unchanged: 0,
  tagsAdded: 0,
  themeDecisions: 0,
  orphaned: []
})
