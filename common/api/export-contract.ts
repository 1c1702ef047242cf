// The export and import methods of the API (contract.ts spreads them in): what the Export dialog
// asks for, and the file an import hands over (read by the renderer, so no path crosses).
import { z } from 'zod'
import {
  EXPORT_FORMATS,
  EXPORT_GROUPINGS,
  IMPORT_MAX_BYTES,
  type ExportPreview,
  type ExportResult,
  type ImportSummary
} from '../model/export'

const articleIds = z
  .array(z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'Not an article id.'))
  .min(1, 'Choose at least one article.')
  .max(10_000, 'At most 10,000 articles at once.')

export const exportScopeSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('articles'), articleIds }).strict(),
    z.object({ kind: z.literal('tag'), tagId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a tag id.') }).strict(),
    z.object({ kind: z.literal('theme'), themeId: z.string().min(1).max(200) }).strict(),
    z.object({ kind: z.literal('all') }).strict()
  ],
  { error: 'The scope is "articles", "tag", "theme" or "all".' }
)

export const exportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: `A format is one of ${EXPORT_FORMATS.join(', ')}.` }),
    scope: exportScopeSchema,
    grouping: z.enum(EXPORT_GROUPINGS).default('article')
  })
  .strict()

/** Base64 of at most IMPORT_MAX_BYTES. */
const MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4

function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result })
}

export const exportContract = {
  /** The first lines the chosen export would write, and what it covers. */
  previewExport: method<ExportPreview>()(exportRequestSchema),
  /** Writes the export: through the save dialog in the app, as a download in web mode. */
  exportAnnotations: method<ExportResult>()(exportRequestSchema),
  /** Reads W3C annotations (.json/.jsonld), a REFI-QDA codebook (.qdc) or project (.qdpx)
   * into the store as one undoable step; a file that cannot be read changes nothing. */
  importAnnotations: method<ImportSummary>()(
    z
      .object({
        fileName: z.string().min(1).max(255),
        base64: z
          .string()
          .max(MAX_BASE64, `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive whole (not base64).')
      })
      .strict()
  )
}
