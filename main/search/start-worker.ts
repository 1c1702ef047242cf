// Starts a search worker from the bundle (the built app: out/main/search-worker.js beside the
// main entry) or from the TypeScript sources through tsx (web mode, tests, CLI).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { WorkerClient } from './worker-rpc'

/**
 * A query creates a short-lived object per matching article (thousands at 10,000 articles); with
 * V8's default young generation that means a scavenge every few queries. 48 MB cut the median
 * query time by a third here (tests/bench); larger ones slowed loading the saved index.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 48 }

/** `bundledEntry`: the built worker's URL, given by the built main entry (it knows where it is). */
export function startSearchWorker(bundledEntry?: URL): WorkerClient {
  if (bundledEntry && existsSync(fileURLToPath(bundledEntry))) return new WorkerClient(new Worker(bundledEntry, { resourceLimits }))
  const entry = new URL('./shard-worker.ts', import.meta.url)
  return new WorkerClient(new Worker(new URL('./boot-typescript-worker.mjs', import.meta.url), { workerData: { entry: entry.href }, resourceLimits }))
}
