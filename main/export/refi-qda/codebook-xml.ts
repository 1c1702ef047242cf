// The `.qdc` codebook alone (namespace urn:QDA-XML:codebook:1.0): the tags as codes with their
// nesting, colours and descriptions, for a colleague to code with the same codebook in their tool.
// Themes and documents stay out: they are findings of this project, not codes the user made.
import { ApiError } from '../../../common/errors/api-error'
import type { ExportModel } from '../export-model'
import { codeElements, tagCodes } from './refi-codes'
import { buildXml } from './xml-text'

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0'

export function writeQdc(model: ExportModel): string {
  const codes = tagCodes(model)
  // The schema requires at least one code: an empty codebook is no file a peer could open.
  if (codes.length === 0)
    throw new ApiError('invalid-input', 'The codebook is empty: create a tag before exporting it.')
  return buildXml({
    CodeBook: { '@_xmlns': CODEBOOK_NAMESPACE, '@_origin': 'Crossread', Codes: { Code: codeElements(codes) } }
  })
}
