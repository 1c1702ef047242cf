// The library's observable status: a version that grows on every change, import progress, and
// notices. Waiters (the renderer's long poll) are woken on change.
import type { AnnotationStoreStatus, ImportReport, LibraryStatus } from '../../common/model/app-status'
import type { SearchIndexStatus } from '../../common/model/search-types'

const PROGRESS_EVERY_MS = 100

export class StatusBoard {
  private current: LibraryStatus = {
    version: 1,
    contentVersion: 1,
    importing: null,
    lastImport: null,
    notices: [],
    annotations: { writable: true, unsaved: false, writeError: null, undo: null, redo: null },
    search: { state: 'loading', indexed: 0, total: 0, error: null, version: 0 }
  }
  private saveNotice: string | null = null
  private waiters = new Set<() => void>()
  private readonly listeners = new Set<(status: LibraryStatus) => void>()
  private lastProgressAt = 0
  private lastSearchAt = 0

  get(): LibraryStatus {
    return { ...this.current, notices: this.saveNotice ? [...this.current.notices, this.saveNotice] : this.current.notices }
  }

  /** Resolves with the status once its version passes `since`, or after `timeoutMs` regardless. */
  waitForChange(since: number, timeoutMs: number): Promise<LibraryStatus> {
    if (this.current.version > since) return Promise.resolve(this.get())
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.waiters.delete(done)
        resolve(this.get())
      }
      const timer = setTimeout(done, timeoutMs)
      this.waiters.add(done)
    })
  }

  changed(): void {
    this.current = { ...this.current, version: this.current.version + 1 }
    for (const wake of [...this.waiters]) wake()
    for (const listener of this.listeners) listener(this.current)
  }

  /** Calls `listener` after every change (in-process observers, such as the search index). */
  onChange(listener: (status: LibraryStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Annotations or an article's text changed: what the reader shows may differ. */
  contentChanged(): void {
    this.current = { ...this.current, contentVersion: this.current.contentVersion + 1 }
    this.changed()
  }

  setAnnotations(annotations: AnnotationStoreStatus): void {
    const before = this.current.annotations
    if (JSON.stringify(before) === JSON.stringify(annotations)) return
    this.current = { ...this.current, annotations }
    this.changed()
  }

  /** Index progress wakes waiters a few times a second at most; a change of state at once. */
  setSearch(search: SearchIndexStatus): void {
    const stateChanged = search.state !== this.current.search.state || search.version !== this.current.search.version
    this.current = { ...this.current, search }
    if (stateChanged || Date.now() - this.lastSearchAt >= PROGRESS_EVERY_MS) {
      this.lastSearchAt = Date.now()
      this.changed()
    }
  }

  notice(message: string): void {
    this.current = { ...this.current, notices: [...this.current.notices, message] }
    this.changed()
  }

  startImport(folder: string, total: number): void {
    this.current = { ...this.current, importing: { folder, done: 0, total } }
    this.lastProgressAt = Date.now()
    this.changed()
  }

  progress(done: number): void {
    if (!this.current.importing) return
    this.current = { ...this.current, importing: { ...this.current.importing, done } }
    // Progress is for eyes: a few updates a second, not one per file.
    if (Date.now() - this.lastProgressAt >= PROGRESS_EVERY_MS) {
      this.lastProgressAt = Date.now()
      this.changed()
    }
  }

  finishImport(report: ImportReport): void {
    this.current = { ...this.current, importing: null, lastImport: report }
    this.changed()
  }

  saved(): void {
    if (this.saveNotice === null) return
    this.saveNotice = null
    this.changed()
  }

  saveFailed(message: string): void {
    if (this.saveNotice === message) return
    this.saveNotice = message
    this.changed()
  }
}
