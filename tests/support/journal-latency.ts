// The latency the journal adds to an action: the time from the change in memory to the commit's
// answer (append, fdatasync), which is all an action waits for beyond what it did before. Measured
// one action at a time with short pauses between (as a user acts; the coalesced writes of the
// shards run in between, as they do in the app), and as a burst of concurrent actions that group
// commit should answer with a few syncs.
import { open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Annotation } from '../../common/model/annotation-types'
import type { AnnotationStore } from '../../main/store/annotation-store'

export interface JournalLatency {
  actions: number
  medianMs: number
  p95Ms: number
  maxMs: number
  burst: { actions: number; totalMs: number; perActionMs: number; syncs: number }
  /** The disk's own floor: a bare append of the same size and fdatasync, in the same folder. */
  bareSync: { medianMs: number; p95Ms: number }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0

async function bareSync(folder: string, bytes: number, times: number): Promise<JournalLatency['bareSync']> {
  const path = join(folder, 'bare-sync-probe.log')
  const file = await open(path, 'a')
  const spent: number[] = []
  try {
    for (let i = 0; i < times; i++) {
      const start = performance.now()
      await file.write(Buffer.alloc(bytes, 120))
      await file.datasync()
      spent.push(performance.now() - start)
      await pause(i % 10)
    }
  } finally {
    await file.close()
    await rm(path, { force: true })
  }
  spent.sort((a, b) => a - b)
  return { medianMs: quantile(spent, 0.5), p95Ms: quantile(spent, 0.95) }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** `annotations`: loaded annotations to edit (their shards are in memory); `folder`: beside the journal. */
export async function measureJournalLatency(
  store: AnnotationStore,
  annotations: Annotation[],
  folder: string,
  actions = 300,
  burst = 200
): Promise<JournalLatency> {
  if (annotations.length === 0) throw new Error('nothing to edit')
  const edit = (i: number) => {
    const annotation = annotations[i % annotations.length] as Annotation
    store.put({ ...annotation, note: `แก้ไขครั้งที่ ${i}`, modified: new Date().toISOString() })
  }
  const times: number[] = []
  for (let i = 0; i < actions; i++) {
    edit(i)
    const start = performance.now()
    await store.commit()
    times.push(performance.now() - start)
    await pause(i % 10) // a few ms between actions, so coalesced writes interleave as in the app
  }
  times.sort((a, b) => a - b)

  const syncsBefore = store.journalStats().syncs
  const start = performance.now()
  await Promise.all(
    Array.from({ length: burst }, (_, i) => {
      edit(actions + i)
      return store.commit()
    })
  )
  const totalMs = performance.now() - start
  return {
    actions,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    maxMs: times.at(-1) ?? 0,
    burst: { actions: burst, totalMs, perActionMs: totalMs / burst, syncs: store.journalStats().syncs - syncsBefore },
    bareSync: await bareSync(folder, 1200, 100)
  }
}
