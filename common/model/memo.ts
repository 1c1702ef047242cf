// A memo: the researcher's note on a whole article (Markdown text), one per article, kept with
// the annotations (journaled, undone with them). Its id is its article's id; a memo whose article
// left the library is kept, as an orphaned annotation is.
import { z } from 'zod'

/** The longest memo, as the longest note. */
export const MEMO_MAX = 100_000

export const memoSchema = z.object({
  articleId: z.string().min(1),
  text: z.string().min(1).max(MEMO_MAX),
  created: z.string(),
  modified: z.string()
})
export type Memo = z.infer<typeof memoSchema>

/** Per article with a memo, the memo's first line: the library's mark and its tooltip. */
export type MemoMarks = Record<string, string>

/** How long a mark's line may be: a tooltip, not the memo. */
const MARK_LENGTH = 120

/** Whitespace alone is no memo: saving it deletes the memo. */
export const isEmptyMemo = (text: string): boolean => text.trim() === ''

/** The first line that says something, cut to a tooltip's length. */
export function memoFirstLine(text: string): string {
  const line = text
    .split(/\r?\n/)
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate !== '')
  if (line === undefined) return ''
  const points = [...line] // never cut a surrogate pair in two
  return points.length > MARK_LENGTH ? `${points.slice(0, MARK_LENGTH - 1).join('')}…` : line
}

/**
 * Memos are searched in the notes index beside annotations, under an id no annotation has
 * (annotation ids are `n` and hex; article ids hold no colon).
 */
const NOTE_PREFIX = 'memo:'
export const memoNoteId = (articleId: string): string => `${NOTE_PREFIX}${articleId}`
export const isMemoNoteId = (id: string): boolean => id.startsWith(NOTE_PREFIX)
