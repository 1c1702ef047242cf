// `npm run kill-test`: the long kill test (200 SIGKILLs unless KILLS says otherwise) through the
// public API, then the latency the journal adds to an action on a small store. Exits non-zero
// when anything acknowledged was lost. The suite runs a short version (main/store/kill.test.ts).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Annotation } from '../../common/model/annotation-types'
import { openAnnotationStore } from '../../main/store/open-store'
import { STORE_DIR } from '../../main/store/store-layout'
import { measureJournalLatency } from '../support/journal-latency'
import { runKillTest } from '../support/kill-test'

const kills = Number(process.env.KILLS ?? 200)
const started = performance.now()
console.log(`Killing the app's services ${kills} times at random moments…`)
// Every tenth kill, and any kill that lost something.
const log = (line: string) => (/^kill \d*0[ :]/.test(line) || !line.endsWith(' 0 lost')) && console.log(`  ${line}`)
const result = await runKillTest({ kills, seed: Number(process.env.SEED ?? 1), log })
const minutes = (performance.now() - started) / 60_000

// The latency added per action, on a store of 200 annotations in one article.
const dir = await mkdtemp(join(tmpdir(), 'crossread-journal-latency-'))
let latency
try {
  const { store, lock } = await openAnnotationStore(dir)
  const articleId = 'a0000000000000007'
  await store.ensureArticle(articleId)
  const annotations: Annotation[] = Array.from({ length: 200 }, (_, i) => ({
    id: store.newId(articleId),
    articleId,
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: `การปรับปรุงกลไกตามมติที่ 18-NQ/TW ตอนที่ ${i}`,
        prefix: 'ก่อนหน้า',
        suffix: 'ถัดไป'
      },
      position: { type: 'TextPositionSelector', start: i * 50, end: i * 50 + 40 },
      textHash: '0123456789abcdef'
    },
    color: 'yellow',
    tags: [],
    note: '',
    created: new Date().toISOString(),
    modified: new Date().toISOString()
  }))
  for (const annotation of annotations) store.put(annotation)
  store.changed()
  await store.flush()
  latency = await measureJournalLatency(store, annotations, join(dir, STORE_DIR))
  await store.flush()
  await store.shutDown()
  await lock?.release()
} finally {
  await rm(dir, { recursive: true, force: true })
}

const { creates, edits, deletes } = result.byKind
const ms = (median: number, p95: number, max?: number) =>
  `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms${max === undefined ? '' : `, max ${max.toFixed(0)} ms`}`
const rows: [string, string][] = [
  ['kills', `${result.kills} (${result.killedDuringLaunch} during launch, while the journal was replayed)`],
  ['changes acknowledged', `${result.acknowledged} (${creates} creates, ${edits} edits, ${deletes} deletes)`],
  ['acknowledged changes lost', String(result.lost.length)],
  ['notices when reopened', String(result.notices.length)],
  ['API answer, 4 concurrent clients', ms(result.answerMs.median, result.answerMs.p95, result.answerMs.max)],
  ['latency the journal adds to an action', ms(latency.medianMs, latency.p95Ms, latency.maxMs)],
  ['the disk alone (append + fdatasync)', ms(latency.bareSync.medianMs, latency.bareSync.p95Ms)],
  [
    `${latency.burst.actions} concurrent actions`,
    `${latency.burst.totalMs.toFixed(0)} ms in ${latency.burst.syncs} syncs`
  ]
]
console.log(`\nKill test through the public API (${minutes.toFixed(1)} min)`)
for (const [what, value] of rows) console.log(`  ${what.padEnd(40)}${value}`)
for (const lost of result.lost.slice(0, 20)) console.log(`  lost: ${lost}`)
for (const notice of result.notices.slice(0, 5)) console.log(`  notice: ${notice}`)
const root = resolve(import.meta.dirname, '../..')
await mkdir(join(root, 'test-results'), { recursive: true })
await writeFile(join(root, 'test-results/kill-test.json'), JSON.stringify({ ...result, minutes, latency }, null, 2))
process.exitCode = result.lost.length === 0 && result.notices.length === 0 ? 0 : 1
