// Request and answer over a worker's message port: each call gets an id, the worker answers it
// with a value or an error message. A worker that dies fails every call still waiting on it.
// The worker's handler table is the contract: method names and inputs are checked at compile time.
import { parentPort, type Worker } from 'node:worker_threads'

/** A worker's methods: each takes one structured-cloneable input and returns (a promise of) its answer. */
export type Handlers = Record<string, (input: never) => unknown>
export type InputOf<H extends Handlers, M extends keyof H> = Parameters<H[M]>[0]
export type AnswerOf<H extends Handlers, M extends keyof H> = Awaited<ReturnType<H[M]>>

interface Request {
  call: number
  method: string
  input: unknown
}

type Answer = { call: number; ok: true; value: unknown } | { call: number; ok: false; error: string }
const READY = 'ready'

export class WorkerClient<H extends Handlers> {
  private next = 1
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>()
  private failure: Error | null = null
  /** Resolves once the worker has loaded its code and listens (a budget should not count loading). */
  readonly ready: Promise<void>
  /** Resolves with the reason once the worker has died or was closed (it then answers nothing more). */
  readonly stopped: Promise<Error>

  constructor(
    private readonly worker: Worker,
    name: string
  ) {
    let started: () => void = () => undefined
    let failedToStart: (err: Error) => void = () => undefined
    this.ready = new Promise((resolve, reject) => ((started = resolve), (failedToStart = reject)))
    this.ready.catch(() => undefined) // a failure is also reported to each call
    let stopped: (err: Error) => void = () => undefined
    this.stopped = new Promise((resolve) => (stopped = resolve))
    worker.on('message', (answer: Answer | typeof READY) => {
      if (answer === READY) return started()
      const pending = this.waiting.get(answer.call)
      if (!pending) return
      this.waiting.delete(answer.call)
      if (answer.ok) pending.resolve(answer.value)
      else pending.reject(new Error(answer.error))
    })
    const fail = (err: Error) => {
      this.failure ??= err
      failedToStart(err)
      stopped(this.failure)
      for (const pending of this.waiting.values()) pending.reject(err)
      this.waiting.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`The ${name} stopped (exit code ${code}).`)))
  }

  /** Set once the worker has died: it answers nothing more. */
  get failed(): Error | null {
    return this.failure
  }

  call<M extends keyof H & string>(method: M, input: InputOf<H, M>): Promise<AnswerOf<H, M>> {
    if (this.failure) return Promise.reject(this.failure)
    const call = this.next++
    return new Promise<AnswerOf<H, M>>((resolve, reject) => {
      this.waiting.set(call, { resolve: resolve as (value: unknown) => void, reject })
      this.worker.postMessage({ call, method, input } satisfies Request)
    })
  }

  /** An idle worker need not keep the process alive (a tool that forgets to close still exits). */
  hold(busy: boolean): void {
    if (busy) this.worker.ref()
    else this.worker.unref()
  }

  async close(): Promise<void> {
    await this.worker.terminate()
  }
}

/** In the worker: answers each request with the handler of its method, one at a time, in order. */
export function serveRequests(handlers: Handlers): void {
  const port = parentPort
  if (!port) throw new Error('serveRequests runs inside a worker thread.')
  let queue: Promise<void> = Promise.resolve()
  port.on('message', (request: Request) => {
    queue = queue.then(async () => {
      try {
        const handler = handlers[request.method]
        if (!handler) throw new Error(`Unknown worker method: ${request.method}`)
        port.postMessage({
          call: request.call,
          ok: true,
          value: await handler(request.input as never)
        } satisfies Answer)
      } catch (err) {
        port.postMessage({
          call: request.call,
          ok: false,
          error: err instanceof Error ? err.message : String(err)
        } satisfies Answer)
      }
    })
  })
  port.postMessage(READY)
}
