// Seeds a data folder's annotation store with N annotations over a corpus's articles (ids as the
// library will give them: from each file's content hash), in a process of its own so that the
// measured app process starts from a store on disk, as a user's would.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openAnnotationStore } from '../../main/store/open-store'
import { mulberry32, samplePool } from './generate-corpus'
import { fillStore } from './random-annotations'

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

const { store, lock } = await openAnnotationStore(dataDir, { backupEveryMs: Number.MAX_SAFE_INTEGER })
await store.ensureAll()
fillStore(store, { count, articleOf: (i) => ids[i % ids.length] as string, paragraphs, random })
store.changed()
await store.flush()
await store.shutDown()
await lock?.release()
console.log(JSON.stringify({ annotations: count, articles: ids.length }))
