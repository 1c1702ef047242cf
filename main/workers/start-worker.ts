// Starts a worker thread from the bundle (the built app: out/main/<name>.js beside the main entry)
// or from its TypeScript source through tsx (web mode from sources, tests, CLI).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads'

const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader'])

/**
 * The process's Node options without tsx's loader (`node --import tsx`): a worker inherits them, and
 * registering tsx in each worker (its hooks then resolve every import) cost 70–90 ms a worker at
 * launch here. The bundle needs no loader; the TypeScript boot registers its own.
 */
export function withoutTsx(execArgv: readonly string[]): string[] {
  const kept: string[] = []
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string
    const [flag, value] = arg.includes('=') ? arg.split('=', 2) : [arg, execArgv[i + 1]]
    if (LOADER_FLAGS.has(flag as string) && value?.startsWith('tsx')) {
      if (!arg.includes('=')) i++
      continue
    }
    kept.push(arg)
  }
  return kept
}

/** `bundledEntry`: the built worker's URL, given by the built main entry (it knows where it is). */
export function startWorker(
  sourceEntry: URL,
  bundledEntry: URL | undefined,
  resourceLimits: ResourceLimits = {}
): Worker {
  if (bundledEntry && existsSync(fileURLToPath(bundledEntry))) return spawn(bundledEntry, { resourceLimits })
  const boot = new URL('./boot-typescript-worker.mjs', import.meta.url)
  return spawn(boot, { workerData: { entry: sourceEntry.href }, resourceLimits })
}

function spawn(entry: URL, options: WorkerOptions): Worker {
  const execArgv = withoutTsx(process.execArgv)
  if (execArgv.length === process.execArgv.length) return new Worker(entry, options)
  try {
    return new Worker(entry, { ...options, execArgv })
  } catch (err) {
    // Given explicitly, a process-wide option (`--trace-gc`) is refused where inheriting it is not.
    if ((err as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err
    return new Worker(entry, options)
  }
}
