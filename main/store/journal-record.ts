// One line of the journal: the entities a commit changed, as their values after it (a put) or
// their ids (a delete). Full values, never deltas, so replaying a record twice, or over shards that
// already hold it, gives the same store. Each line carries a CRC-32 of its JSON, so a line damaged
// on disk is told apart from a good one instead of being half-applied.
import { crc32 } from 'node:zlib'
import { z } from 'zod'
import { annotationSchema, tagSchema } from '../../common/model/annotation-types'
import { themeDecisionSchema } from '../../common/model/theme-decision'
import { nearDuplicateDismissalSchema } from '../../common/model/near-duplicates'
import { linkSchema } from '../../common/model/link-types'
import { citationDecisionSchema } from '../../common/model/documents'
import { memoSchema } from '../../common/model/memo'
import { articleCorrectionSchema } from '../../common/model/article-correction'

export const JOURNAL_VERSION = 1

const recordSchema = z.object({
  v: z.literal(JOURNAL_VERSION),
  annotations: z.array(annotationSchema),
  deletedAnnotations: z.array(z.string().min(1)),
  tags: z.array(tagSchema),
  deletedTags: z.array(z.string().min(1)),
  // Added after version 1 was in use: a line written before them reads as having none.
  themeDecisions: z.array(themeDecisionSchema).default([]),
  deletedThemeDecisions: z.array(z.string().min(1)).default([]),
  nearDuplicateDismissals: z.array(nearDuplicateDismissalSchema).default([]),
  deletedNearDuplicateDismissals: z.array(z.string().min(1)).default([]),
  links: z.array(linkSchema).default([]),
  deletedLinks: z.array(z.string().min(1)).default([]),
  citationDecisions: z.array(citationDecisionSchema).default([]),
  deletedCitationDecisions: z.array(z.string().min(1)).default([]),
  /** Memos by value; deleted ones by their article's id. */
  memos: z.array(memoSchema).default([]),
  deletedMemos: z.array(z.string().min(1)).default([]),
  /** Header corrections by value; removed ones by their article's id. */
  corrections: z.array(articleCorrectionSchema).default([]),
  deletedCorrections: z.array(z.string().min(1)).default([])
})
export type JournalRecord = z.infer<typeof recordSchema>

const checksum = (json: string) => crc32(json).toString(16).padStart(8, '0')

export function encodeRecord(record: JournalRecord): string {
  const json = JSON.stringify(record) // escapes every newline inside strings: one record, one line
  return `${checksum(json)} ${json}\n`
}

export type DecodedLine = { ok: true; record: JournalRecord } | { ok: false; problem: string }

export function decodeLine(line: string): DecodedLine {
  const json = line.slice(9)
  if (line[8] !== ' ' || checksum(json) !== line.slice(0, 8))
    return { ok: false, problem: 'its checksum does not match (damaged on disk)' }
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return { ok: false, problem: 'it is not valid JSON' }
  }
  const parsed = recordSchema.safeParse(value)
  if (!parsed.success) {
    return {
      ok: false,
      problem: `it does not have a journal record's shape (${parsed.error.issues[0]?.path.join('.') ?? ''})`
    }
  }
  return { ok: true, record: parsed.data }
}

export interface SegmentReading {
  records: JournalRecord[]
  /** Complete lines that could not be read: set aside and reported by the caller. */
  damaged: { line: string; problem: string }[]
  /** Bytes after the last newline: an append cut short by a kill or power loss, never acknowledged. */
  tornBytes: number
}

/** Splits one segment's text into records. Only a line ended by its newline was ever acknowledged. */
export function readSegment(text: string): SegmentReading {
  const lines = text.split('\n')
  const tail = lines.pop() ?? ''
  const reading: SegmentReading = { records: [], damaged: [], tornBytes: Buffer.byteLength(tail) }
  for (const line of lines) {
    if (line === '') continue
    const decoded = decodeLine(line)
    if (decoded.ok) reading.records.push(decoded.record)
    else reading.damaged.push({ line, problem: decoded.problem })
  }
  return reading
}
