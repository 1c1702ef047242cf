// The app's change events, numbered and kept for a while, so that a client asking "what changed
// since version N?" (the renderer's long poll) gets exactly the events it missed, or is told to
// start afresh when they are no longer kept. In-process observers (the search index) subscribe.
import { SUPERSEDING_KINDS, type ChangeEvent } from '../../common/api/change-events'

export type LogAnswer = { kind: 'changes'; version: number; events: ChangeEvent[] } | { kind: 'reset'; version: number }

const CAPACITY = 1000

export class ChangeLog {
  private entries: { version: number; event: ChangeEvent }[] = []
  private latest: number
  /** Events up to this version may have been dropped: a client that old must reset. */
  private floor: number
  private readonly waiters = new Set<() => void>()
  private readonly listeners = new Set<(event: ChangeEvent) => void>()
  private wakeQueued = false

  constructor(private readonly options: { capacity?: number; start?: number } = {}) {
    // Numbered from this launch's clock: a page still holding a version from an earlier launch is
    // below the floor (or past the latest) and resets, instead of being handed the wrong events.
    this.latest = this.floor = options.start ?? Date.now() * 1000
  }

  get version(): number {
    return this.latest
  }

  publish(event: ChangeEvent): void {
    this.latest += 1
    if (SUPERSEDING_KINDS.has(event.kind))
      this.entries = this.entries.filter((entry) => entry.event.kind !== event.kind)
    this.entries.push({ version: this.latest, event })
    if (this.entries.length > (this.options.capacity ?? CAPACITY))
      this.floor = this.entries.shift()?.version ?? this.floor
    for (const listener of this.listeners) listener(event)
    // Waiters wake once per burst: the events one action publishes together go out in one answer.
    if (this.wakeQueued) return
    this.wakeQueued = true
    queueMicrotask(() => {
      this.wakeQueued = false
      for (const wake of [...this.waiters]) wake()
    })
  }

  /** The events after `version`, or a reset when some of them are no longer kept. */
  since(version: number): LogAnswer {
    if (version < this.floor || version > this.latest) return { kind: 'reset', version: this.latest }
    return {
      kind: 'changes',
      version: this.latest,
      events: this.entries.filter((entry) => entry.version > version).map((entry) => entry.event)
    }
  }

  /** Answers at once if something changed after `version`, else on the next change or after `timeoutMs`. */
  wait(version: number, timeoutMs: number): Promise<LogAnswer> {
    const now = this.since(version)
    if (now.kind === 'reset' || now.events.length > 0) return Promise.resolve(now)
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.waiters.delete(done)
        resolve(this.since(version))
      }
      const timer = setTimeout(done, timeoutMs)
      this.waiters.add(done)
    })
  }

  /** Calls `listener` with every event as it is published; returns the unsubscribe. */
  subscribe(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Everything changed (a backup was restored): every client refetches all it holds. */
  reset(): void {
    this.latest += 1
    this.floor = this.latest
    this.entries = []
    for (const wake of [...this.waiters]) wake()
  }

  /** Wakes every waiting client now (the app is closing). */
  close(): void {
    for (const wake of [...this.waiters]) wake()
  }
}
