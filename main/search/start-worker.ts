// Starts a search worker: the built one where it exists, else the TypeScript source.
import { startWorker } from '../workers/start-worker'
import { WorkerClient } from '../workers/worker-rpc'
import type { ShardHandlers } from './shard-worker'

/**
 * A query creates a short-lived object per matching article (thousands at 10,000 articles); with
 * V8's default young generation that means a scavenge every few queries. 48 MB cut the median
 * query time by a third here (tests/bench); larger ones slowed loading the saved index.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 48 }

export function startSearchWorker(bundledEntry?: URL): WorkerClient<ShardHandlers> {
  const worker = startWorker(new URL('./shard-worker.ts', import.meta.url), bundledEntry, resourceLimits)
  return new WorkerClient<ShardHandlers>(worker, 'search worker')
}
