// Starts a worker thread from the bundle (the built app: out/main/<name>.js beside the main entry)
// or from its TypeScript source through tsx (web mode from sources, tests, CLI).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'

/** `bundledEntry`: the built worker's URL, given by the built main entry (it knows where it is). */
export function startWorker(
  sourceEntry: URL,
  bundledEntry: URL | undefined,
  resourceLimits: ResourceLimits = {}
): Worker {
  if (bundledEntry && existsSync(fileURLToPath(bundledEntry))) return new Worker(bundledEntry, { resourceLimits })
  const boot = new URL('./boot-typescript-worker.mjs', import.meta.url)
  return new Worker(boot, { workerData: { entry: sourceEntry.href }, resourceLimits })
}
