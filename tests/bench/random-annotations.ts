// A store filled as the benchmarks need it: 200 tags, then `count` highlights of 20–200 characters
// from the sample paragraphs, 60% tagged, 30% with a note, spread over the articles `articleOf`
// names. Deterministic for a given random source.
import type { Annotation } from '../../common/model/annotation-types'
import { HIGHLIGHT_COLORS } from '../../common/model/highlight-colors'
import type { AnnotationStore } from '../../main/store/annotation-store'

export function fillStore(
  store: AnnotationStore,
  options: { count: number; articleOf: (i: number) => string; paragraphs: readonly string[]; random: () => number }
): void {
  const { count, articleOf, paragraphs, random } = options
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  for (let t = 0; t < 200; t++) {
    const created = new Date().toISOString()
    store.putTag({ id: `t${t}`, name: `แท็กที่ ${t}`, color: '#2f5d62', description: '', parentId: null, created })
  }
  for (let i = 0; i < count; i++) {
    const articleId = articleOf(i)
    const text = pick(paragraphs)
    const start = Math.floor(random() * Math.max(1, text.length - 200))
    const end = start + 20 + Math.floor(random() * 180)
    const now = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()
    const annotation: Annotation = {
      id: store.newId(articleId),
      articleId,
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(end, end + 32)
        },
        position: { type: 'TextPositionSelector', start, end },
        textHash: '0123456789abcdef'
      },
      color: pick(HIGHLIGHT_COLORS),
      tags: random() < 0.6 ? [`t${Math.floor(random() * 200)}`] : [],
      note: random() < 0.3 ? pick(paragraphs).slice(0, 120) : '',
      created: now,
      modified: now
    }
    store.put(annotation)
  }
}
