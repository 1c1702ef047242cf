// Starts a search worker: the built one where it exists, else the TypeScript source.
import { startWorker } from '../workers/start-worker'
import { WorkerClient } from '../workers/worker-rpc'
import type { ShardHandlers } from './shard-worker'

/**
 * Young generation: decision 005 chose 48 MB when a query made an object per matching article; the
 * ranking now works in reused typed arrays, and 16 MB answered as fast in alternating runs with ~17 MB
 * less in each worker (decision 011). Old generation: V8 scales how far a heap may grow past what it
 * keeps with its limit (up to 4 times with none, about 1.6 at 1 GB, for 64-bit Node), so garbage is
 * collected sooner. 1 GB is about fifteen times what a worker keeps at 10,000 articles; a worker past
 * it dies alone (ERR_WORKER_OUT_OF_MEMORY, as without a limit) and the engine says so (search-engine.ts).
 */
const resourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 }

export function startSearchWorker(bundledEntry?: URL): WorkerClient<ShardHandlers> {
  const worker = startWorker(new URL('./shard-worker.ts', import.meta.url), bundledEntry, resourceLimits)
  return new WorkerClient<ShardHandlers>(worker, 'search worker')
}
