// A codebook to import, from a `.qdc` (XML) or a `.qdpx` (a zip whose project carries the
// codebook), told apart by content: a zip starts with `PK`. Whatever fails is refused with a
// sentence before anything is added.
import { ApiError } from '../../../common/errors/api-error'
import { parseCodebook, type ImportedCode } from './parse-codebook'
import { decodeUtf8, readProjectFile } from './read-qdpx'

export type { ImportedCode } from './parse-codebook'

/** Larger than any codebook or project file; a bigger XML file is refused unread. */
const MAX_XML_BYTES = 50 * 1024 * 1024
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

export function readCodebookFile(fileName: string, bytes: Uint8Array): ImportedCode[] {
  const refuse = (why: string) => new ApiError('invalid-input', `“${fileName}” cannot be imported: ${why}`)
  if (ZIP_MAGIC.every((byte, index) => bytes[index] === byte))
    return parseCodebook(fileName, readProjectFile(fileName, bytes), 'project')
  if (bytes.length > MAX_XML_BYTES) throw refuse('it is larger than 50 MB, more than any codebook.')
  return parseCodebook(fileName, decodeUtf8(bytes, refuse), 'codebook-or-project')
}
