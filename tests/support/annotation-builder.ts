// A small, valid annotation for store tests: only the note and the article vary between tests.
import type { Annotation } from '../../common/model/annotation-types'
import type { AnnotationStore } from '../../main/store/annotation-store'

export const ARTICLE = 'a0123456789abcde'

export const annotation = (store: AnnotationStore, note = '', articleId = ARTICLE): Annotation => ({
  id: store.newId(articleId),
  articleId,
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'ปรับปรุงกลไก', prefix: 'การ', suffix: 'ของรัฐ' },
    position: { type: 'TextPositionSelector', start: 3, end: 15 },
    textHash: 'abc'
  },
  color: 'yellow',
  tags: [],
  note,
  created: '2025-11-01T00:00:00.000Z',
  modified: '2025-11-01T00:00:00.000Z'
})
