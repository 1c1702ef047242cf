// Starts a search worker from the bundle (the built app: out/main/search-worker.js beside the
// main entry) or from the TypeScript sources through tsx (web mode, tests, CLI).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { WorkerClient } from './worker-rpc'

/** `bundledEntry`: the built worker's URL, given by the built main entry (it knows where it is). */
export function startSearchWorker(bundledEntry?: URL): WorkerClient {
  if (bundledEntry && existsSync(fileURLToPath(bundledEntry))) return new WorkerClient(new Worker(bundledEntry))
  const entry = new URL('./shard-worker.ts', import.meta.url)
  return new WorkerClient(new Worker(new URL('./boot-typescript-worker.mjs', import.meta.url), { workerData: { entry: entry.href } }))
}
