// Seeds a data folder's annotation store with N annotations over a corpus's articles (ids as the
// library will give them: from each file's content hash), in a process of its own so that the
// measured app process starts from a store on disk, as a user's would.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Annotation } from '../../common/model/annotation-types'
import { HIGHLIGHT_COLORS } from '../../common/model/highlight-colors'
import { openAnnotationStore } from '../../main/store/open-store'
import { mulberry32, samplePool } from './generate-corpus'

const [corpus, dataDir, samples, countArg] = process.argv.slice(2) as [string, string, string, string]
const count = Number(countArg)
const ids = readdirSync(corpus)
  .sort()
  .map(
    (name) =>
      `a${createHash('sha256')
        .update(readFileSync(join(corpus, name)))
        .digest('hex')
        .slice(0, 15)}`
  )
const random = mulberry32(11)
const { paragraphs } = samplePool(samples)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T

const { store, lock } = await openAnnotationStore(dataDir, { backupEveryMs: Number.MAX_SAFE_INTEGER })
await store.ensureAll()
for (let t = 0; t < 200; t++) {
  store.putTag({
    id: `t${t}`,
    name: `แท็กที่ ${t}`,
    color: '#2f5d62',
    description: '',
    parentId: null,
    created: new Date().toISOString()
  })
}
for (let i = 0; i < count; i++) {
  const articleId = ids[i % ids.length] as string
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
store.changed()
await store.flush()
await store.shutDown()
await lock?.release()
console.log(JSON.stringify({ annotations: count, articles: ids.length }))
