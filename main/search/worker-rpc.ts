// Request and answer over a worker's message port: each call gets an id, the worker answers it
// with a value or an error message. A worker that dies fails every call still waiting on it.
import { parentPort, Worker } from 'node:worker_threads'

interface Request {
  call: number
  method: string
  input: unknown
}

type Answer = { call: number; ok: true; value: unknown } | { call: number; ok: false; error: string }

export class WorkerClient {
  private next = 1
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>()
  private failure: Error | null = null

  constructor(private readonly worker: Worker) {
    worker.on('message', (answer: Answer) => {
      const pending = this.waiting.get(answer.call)
      if (!pending) return
      this.waiting.delete(answer.call)
      if (answer.ok) pending.resolve(answer.value)
      else pending.reject(new Error(answer.error))
    })
    const fail = (err: Error) => {
      this.failure = err
      for (const pending of this.waiting.values()) pending.reject(err)
      this.waiting.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`The search worker stopped (exit code ${code}).`)))
  }

  call<T>(method: string, input: unknown = {}): Promise<T> {
    if (this.failure) return Promise.reject(this.failure)
    const call = this.next++
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(call, { resolve: resolve as (value: unknown) => void, reject })
      this.worker.postMessage({ call, method, input } satisfies Request)
    })
  }

  async close(): Promise<void> {
    await this.worker.terminate()
  }
}

/** In the worker: answers each request with the handler of its method, one at a time, in order. */
export function serveRequests(handlers: Record<string, (input: never) => unknown>): void {
  const port = parentPort
  if (!port) throw new Error('serveRequests runs inside a worker thread.')
  let queue: Promise<void> = Promise.resolve()
  port.on('message', (request: Request) => {
    queue = queue.then(async () => {
      try {
        const handler = handlers[request.method]
        if (!handler) throw new Error(`Unknown search worker method: ${request.method}`)
        port.postMessage({ call: request.call, ok: true, value: await handler(request.input as never) } satisfies Answer)
      } catch (err) {
        port.postMessage({ call: request.call, ok: false, error: err instanceof Error ? err.message : String(err) } satisfies Answer)
      }
    })
  })
}
