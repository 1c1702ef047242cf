// A process that writes the annotation store as fast as it can until it is killed. Edit number n
// puts an annotation with position n into slot n % 200, so the store stays small and every write
// holds the last 200 edits; after each completed flush it prints the highest n on disk. The crash
// test kills it with SIGKILL at a random moment.
import { openAnnotationStore } from '../../main/store/open-store'
import type { Annotation } from '../../common/model/annotation-types'

const dataDir = process.argv[2] ?? ''
const ARTICLE = 'a0123456789abcde'
const { store } = await openAnnotationStore(dataDir)
await store.ensureArticle(ARTICLE)
const SLOTS = 200
const slotId = (n: number) => `n${store.newId(ARTICLE).slice(1, 3)}${(n % SLOTS).toString(16).padStart(14, '0')}`
let next = Math.max(-1, ...store.annotationsOf(ARTICLE).map((annotation) => annotation.target.position.start)) + 1

const annotation = (n: number): Annotation => ({
  id: slotId(n),
  articleId: ARTICLE,
  target: {
    quote: {
      type: 'TextQuoteSelector',
      exact: `ข้อความที่ ${n} เกี่ยวกับการปรับปรุงกลไกตามมติที่ 18-NQ/TW`,
      prefix: 'ก่อนหน้า',
      suffix: 'ถัดไป'
    },
    position: { type: 'TextPositionSelector', start: n, end: n + 40 },
    textHash: 'crash-test'
  },
  color: 'yellow',
  tags: [],
  note: 'บันทึก'.repeat(n % 7),
  created: new Date().toISOString(),
  modified: new Date().toISOString()
})

for (;;) {
  for (let i = 0; i < 5; i++) {
    store.put(annotation(next))
    next += 1
    store.changed() // coalesced: most of these never cause a write of their own
  }
  const onDisk = next - 1
  await store.flush()
  process.stdout.write(`${onDisk}\n`)
}
