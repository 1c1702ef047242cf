// The memo API methods: read and write an article's memo, and every memo's first line for the
// library. The input was checked already (contract.ts); the work is the memo service's (main/memos).
import type { MemoService } from '../memos/memo-service'
import type { ApiHandlers } from './dispatch'

export function memoHandlers(
  memos: Pick<MemoService, 'get' | 'set' | 'marks'>
): Pick<ApiHandlers, 'getMemo' | 'setMemo' | 'listMemoMarks'> {
  return {
    getMemo: ({ articleId }) => memos.get(articleId),
    setMemo: (input) => memos.set(input),
    listMemoMarks: () => memos.marks()
  }
}
