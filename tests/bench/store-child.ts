// The annotation store benchmark's measured steps, in a process of their own: build 100,000
// annotations over 10,000 articles and write them, then reopen the store the way the app does at
// launch, open one article's annotations, save one coalesced edit, measure the latency the journal
// adds to an action, and (for the record) read every shard.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openAnnotationStore } from '../../main/store/open-store'
import { STORE_DIR } from '../../main/store/store-layout'
import { measureJournalLatency } from '../support/journal-latency'
import { mulberry32, samplePool } from './generate-corpus'
import { fillStore } from './random-annotations'

const [samples, countArg] = process.argv.slice(2) as [string, string]
const count = Number(countArg)
const articles = Math.max(1, Math.round(count / 10))
const random = mulberry32(11)
const { paragraphs } = samplePool(samples)
const articleId = (i: number) => `a${(i % articles).toString(16).padStart(15, '0')}`
const dir = await mkdtemp(join(tmpdir(), 'crossread-store-bench-'))
const time = async (work: () => Promise<unknown>) => {
  const start = performance.now()
  await work()
  return performance.now() - start
}

try {
  const first = await openAnnotationStore(dir, { backupEveryMs: Number.MAX_SAFE_INTEGER })
  await first.store.ensureAll()
  fillStore(first.store, { count, articleOf: articleId, paragraphs, random })
  first.store.changed()
  const initialWriteMs = await time(() => first.store.flush())
  await first.store.shutDown()
  await first.lock?.release()
  const files = await readdir(join(dir, STORE_DIR))
  let bytes = 0
  for (const file of files) bytes += (await stat(join(dir, STORE_DIR, file))).size

  let reopened: Awaited<ReturnType<typeof openAnnotationStore>> | undefined
  const launchMs = await time(async () => (reopened = await openAnnotationStore(dir, { backupEveryMs: 0 })))
  if (!reopened) throw new Error('not reopened')
  const { store, lock } = reopened
  const counted = [...store.countsByArticle().values()].reduce((sum, n) => sum + n, 0)
  const openArticleMs = await time(() => store.ensureArticle(articleId(7)))
  const [edited] = store.annotationsOf(articleId(7))
  if (!edited || counted !== count) throw new Error('the store did not come back whole')
  store.put({ ...edited, note: 'บันทึกที่แก้ไข' })
  store.changed()
  const saveMs = await time(() => store.flush()) // includes backing up the two files it replaces
  // Every coalesced write during this also backs up its files (backupEveryMs 0): a pessimistic setting.
  const journal = await measureJournalLatency(store, store.annotationsOf(articleId(7)), join(dir, STORE_DIR))
  await store.flush()
  const fullLoadMs = await time(() => store.ensureAll())
  await store.shutDown()
  await lock?.release()
  const maxRssMb = process.resourceUsage().maxRSS / 1024
  console.log(
    JSON.stringify({
      count,
      articles,
      files: files.length,
      bytes,
      initialWriteMs,
      launchMs,
      openArticleMs,
      saveMs,
      journal,
      fullLoadMs,
      maxRssMb
    })
  )
} finally {
  await rm(dir, { recursive: true, force: true })
}
