// What the renderer's data layer costs at 10,000 articles, measured through the API handlers as
// the renderer calls them: the bytes a client following the change feed fetches while a folder of
// 10,000 articles imports (entries fetched by id), against one full `listArticles`; and what one
// highlight costs afterwards. Run: npx tsx tests/bench/change-events-cost.ts [COUNT]
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ChangeEvent } from '../../common/api/change-events'
import { startBuiltServices } from './built-services'
import { writeCorpus } from './generate-corpus'

const root = resolve(import.meta.dirname, '../..')
const count = Number(process.argv[2] ?? 10_000)
const kb = (value: unknown) => `${(Buffer.byteLength(JSON.stringify(value)) / 1024).toFixed(1)} kB`
const dir = await mkdtemp(join(tmpdir(), 'crossread-events-cost-'))
try {
  await writeCorpus(join(dir, 'corpus'), count, join(root, 'resources/articles'))
  const services = await startBuiltServices(join(dir, 'data'), join(root, 'resources/articles'))
  await services.synced
  const { handlers } = services
  let since = (await handlers.waitForChanges({ since: 0, timeoutMs: 0 })).version
  let feedBytes = 0
  let requests = 0
  let importing = true
  // A client following the feed during the import, as the renderer's change feed does.
  const follow = (async () => {
    while (importing) {
      const answer = await handlers.waitForChanges({ since, timeoutMs: 500 })
      since = answer.version
      const events: ChangeEvent[] = answer.kind === 'changes' ? answer.events : []
      for (const event of events) {
        if (event.kind !== 'library' || event.added.length + event.changed.length === 0) continue
        feedBytes += Buffer.byteLength(
          JSON.stringify(await handlers.getArticleSummaries({ ids: [...event.added, ...event.changed] }))
        )
        requests += 1
      }
    }
  })()
  const started = performance.now()
  const report = await handlers.importFolder({ path: join(dir, 'corpus') })
  const importMs = performance.now() - started
  await new Promise((done) => setTimeout(done, 600))
  importing = false
  await follow
  const listStarted = performance.now()
  const list = handlers.listArticles({})
  const listMs = performance.now() - listStarted
  console.log(`import of ${report.added} articles in ${(importMs / 1000).toFixed(1)} s`)
  console.log(
    `one listArticles: ${kb(list)}, ${listMs.toFixed(0)} ms in main; listFolders ${kb(handlers.listFolders({}))}`
  )
  console.log(
    `summaries fetched by id while following the import: ${(feedBytes / 1024).toFixed(1)} kB in ${requests} requests`
  )

  const article = (await list)[count >> 1]?.id ?? ''
  since = (await handlers.waitForChanges({ since, timeoutMs: 0 })).version
  await handlers.createAnnotation({
    articleId: article,
    start: 0,
    end: 8,
    color: 'pink',
    tags: [],
    newTags: [],
    note: ''
  })
  const answer = await handlers.waitForChanges({ since, timeoutMs: 1000 })
  const annotations = await handlers.listAnnotations({ articleId: article })
  console.log(
    `one highlight: events ${kb(answer)} (${answer.kind === 'changes' ? answer.events.map((e) => e.kind).join(', ') : 'reset'}); listAnnotations ${kb(annotations)}`
  )
  await services.close()
} finally {
  await rm(dir, { recursive: true, force: true })
}
