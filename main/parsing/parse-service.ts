// Parses files on worker threads, with a time budget per file. A file that takes longer, or that
// kills its worker (out of memory, a crash), is answered as unreadable with the reason; its worker
// is replaced and the other files go on. The thread that answers the app never parses.
import { startWorker } from '../workers/start-worker'
import { WorkerClient, type AnswerOf, type InputOf } from '../workers/worker-rpc'
import type { ParseFailure, ParseHandlers } from './parse-handlers'

export const DEFAULT_BUDGET_MS = 15_000
/**
 * A heap limit of its own makes a worker that runs out of memory fail alone (ERR_WORKER_OUT_OF_MEMORY,
 * answered as that file's failure); without one, V8 aborts the whole process. The largest article
 * (20 MB) parses in well under a tenth of this.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1536 }
/**
 * An idle worker stops (another starts when needed, in about a fifth of a second): after an import
 * it holds the garbage of thousands of parses, which V8 returns to no one. The reader's next article
 * is likely within a minute; an import's next file within milliseconds, so 2 s idle means it ended.
 */
const IDLE_MS = { afterImport: 2000, afterReader: 60_000 }

export interface ParseServiceOptions {
  /** The built worker (out/main/parse-worker.js); without it, the TypeScript source runs through tsx. */
  bundledEntry?: URL
  /** A TypeScript entry serving the same methods instead of the parser's (tests: one that hangs on purpose). */
  sourceEntry?: URL
  /** How long one file may take once a worker has started on it. */
  budgetMs?: number
  /** Workers an import keeps busy (two); the reader may start one more while they all are. */
  workers?: number
  /** How long a worker may stay idle before it stops (tests shorten it). */
  idleMs?: { afterImport: number; afterReader: number }
}

type Client = WorkerClient<ParseHandlers>
type Method = keyof ParseHandlers & string
export type ParseAnswer<M extends Method> = AnswerOf<ParseHandlers, M> | ParseFailure
const failure = (error: string, fromContent = true): ParseFailure => ({ ok: false, error, fromContent })
const AGAIN = 'Crossread tries it again when the file changes.'
const CLOSING = 'Crossread is closing; the file was not read.'
const reason = (err: unknown) => (err instanceof Error ? err.message : String(err))

export class ParseService {
  private readonly idle: Client[] = []
  private readonly waiting: Array<(client: Client | null) => void> = []
  private readonly size: number
  private readonly running = new Set<Client>()
  private readonly idleTimers = new Map<Client, NodeJS.Timeout>()
  private closed = false

  constructor(private readonly options: ParseServiceOptions = {}) {
    this.size = options.workers ?? 2
  }

  /** Worker threads alive now (idle ones included). */
  get liveWorkers(): number {
    return this.running.size
  }

  get budgetMs(): number {
    return this.options.budgetMs ?? DEFAULT_BUDGET_MS
  }

  /**
   * Never rejects: every way a file can fail comes back as `{ ok: false, error }`. The reader's
   * parses (`parse`) go before the import's (`summarize`) and may start one worker more, so opening
   * an article never waits behind files an import is stuck on.
   */
  async run<M extends Method>(method: M, input: InputOf<ParseHandlers, M>): Promise<ParseAnswer<M>> {
    const client = await this.acquire(method === 'parse')
    if (!client) return failure(CLOSING, false)
    try {
      await client.ready
    } catch (err) {
      this.discard(client)
      return failure(this.closed ? CLOSING : `The parser could not start (${reason(err)}).`, false)
    }
    let timer: NodeJS.Timeout | undefined
    const overBudget = new Promise<'over'>((resolve) => (timer = setTimeout(() => resolve('over'), this.budgetMs)))
    try {
      const answer = await Promise.race([client.call(method, input), overBudget])
      if (answer !== 'over') {
        this.release(client, method)
        return answer
      }
      this.discard(client)
      const seconds = Math.round(this.budgetMs / 100) / 10
      return failure(`Reading this file took longer than ${seconds} s; it was skipped. ${AGAIN}`)
    } catch (err) {
      if (this.closed) return failure(CLOSING, false) // not the file's fault: read again at the next launch
      if (!client.failed) {
        this.release(client, method)
        return failure(`The file could not be parsed (${reason(err)}); it was skipped. ${AGAIN}`)
      }
      this.discard(client)
      return failure(`Reading this file stopped the parser (${reason(err)}); it was skipped. ${AGAIN}`)
    } finally {
      clearTimeout(timer)
    }
  }

  async close(): Promise<void> {
    this.closed = true
    for (const next of this.waiting.splice(0)) next(null)
    const all = [...this.running]
    this.running.clear()
    for (const timer of this.idleTimers.values()) clearTimeout(timer)
    this.idleTimers.clear()
    this.idle.length = 0
    await Promise.all(all.map((client) => client.close()))
  }

  private acquire(urgent: boolean): Promise<Client | null> {
    if (this.closed) return Promise.resolve(null)
    for (let client = this.idle.pop(); client; client = this.idle.pop()) {
      clearTimeout(this.idleTimers.get(client))
      this.idleTimers.delete(client)
      if (!client.failed) return Promise.resolve(this.busy(client))
      this.running.delete(client)
    }
    if (this.running.size < this.size + (urgent ? 1 : 0)) return Promise.resolve(this.busy(this.start()))
    return new Promise((resolve) => (urgent ? this.waiting.unshift(resolve) : this.waiting.push(resolve)))
  }

  private release(client: Client, method: Method): void {
    const next = this.waiting.shift()
    if (next) return next(client)
    if (this.running.size > this.size) return this.retire(client) // the reader's extra worker
    client.hold(false)
    this.idle.push(client)
    const idleMs = this.options.idleMs ?? IDLE_MS
    const timer = setTimeout(
      () => {
        this.idleTimers.delete(client)
        const at = this.idle.indexOf(client)
        if (at < 0) return
        this.idle.splice(at, 1)
        this.retire(client)
      },
      method === 'parse' ? idleMs.afterReader : idleMs.afterImport
    )
    timer.unref()
    this.idleTimers.set(client, timer)
  }

  private retire(client: Client): void {
    this.running.delete(client)
    void client.close()
  }

  /** Terminates a worker that overran or died; whoever waits gets a fresh one. */
  private discard(client: Client): void {
    this.retire(client)
    const next = this.waiting.shift()
    if (next) next(this.closed ? null : this.busy(this.start()))
  }

  private busy(client: Client): Client {
    client.hold(true)
    return client
  }

  private start(): Client {
    const source = this.options.sourceEntry ?? new URL('./parse-worker.ts', import.meta.url)
    const client = new WorkerClient<ParseHandlers>(
      startWorker(source, this.options.bundledEntry, WORKER_LIMITS),
      'parser'
    )
    this.running.add(client)
    return client
  }
}
