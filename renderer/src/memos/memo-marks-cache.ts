// A memo event written into the cache: the library's marks patched in place (at 10,000 articles
// never refetched whole), and only the named articles' memos asked for again.
import type { QueryClient } from '@tanstack/react-query'
import type { MemoMarks } from '../../../common/model/memo'
import { keys } from '../data/query-keys'

export function patchMemoMarks(client: QueryClient, articles: Record<string, string | null>): void {
  for (const id of Object.keys(articles)) void client.invalidateQueries({ queryKey: keys.memoOf(id) })
  client.setQueryData<MemoMarks>(keys.memoMarks, (marks) => marks && withMarks(marks, articles))
}

/** The marks with each named article's line put in, or taken out when null. */
export function withMarks(marks: MemoMarks, articles: Record<string, string | null>): MemoMarks {
  const next = { ...marks }
  for (const [id, line] of Object.entries(articles)) {
    if (line === null) delete next[id]
    else next[id] = line
  }
  return next
}
