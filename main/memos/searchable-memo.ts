// A memo as the notes index holds it: one more "note" under an id no annotation has, with no
// quote, so a word of it finds the article as a note's word does (main/search).
import { memoNoteId, type Memo } from '../../common/model/memo'
import type { SearchableAnnotation } from '../search/searchable-annotation'

export const searchableMemo = (memo: Memo): SearchableAnnotation => ({
  id: memoNoteId(memo.articleId),
  articleId: memo.articleId,
  note: memo.text,
  quote: ''
})
