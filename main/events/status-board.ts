// The app's status (import progress, notices, store health, the search index's state), kept
// current and published as change events: each part as its own kind, so that a client refetches
// nothing for a status and a progress tick never looks like changed content.
import type { AnnotationStoreStatus, ImportReport, LibraryStatus } from '../../common/model/app-status'
import type { SearchIndexStatus } from '../../common/model/search-types'
import { ChangeLog } from './change-log'

const PROGRESS_EVERY_MS = 100

export class StatusBoard {
  private current: LibraryStatus = {
    importing: null,
    exporting: null,
    lastImport: null,
    notices: [],
    annotations: { writable: true, unsaved: false, writeError: null, undo: null, redo: null },
    search: { state: 'loading', indexed: 0, total: 0, error: null, version: 0 }
  }
  private saveNotice: string | null = null
  private lastProgressAt = 0
  private lastExportAt = 0
  private lastSearchAt = 0

  constructor(readonly changes: ChangeLog = new ChangeLog()) {}

  get(): LibraryStatus {
    return {
      ...this.current,
      notices: this.saveNotice ? [...this.current.notices, this.saveNotice] : this.current.notices
    }
  }

  setAnnotations(annotations: AnnotationStoreStatus): void {
    if (JSON.stringify(this.current.annotations) === JSON.stringify(annotations)) return
    this.current = { ...this.current, annotations }
    this.changes.publish({ kind: 'store', status: annotations })
  }

  /** Index progress is published a few times a second at most; a change of state at once. */
  setSearch(search: SearchIndexStatus): void {
    const stateChanged = search.state !== this.current.search.state || search.version !== this.current.search.version
    this.current = { ...this.current, search }
    if (stateChanged || Date.now() - this.lastSearchAt >= PROGRESS_EVERY_MS) {
      this.lastSearchAt = Date.now()
      this.changes.publish({ kind: 'search', status: search })
    }
  }

  notice(message: string): void {
    this.current = { ...this.current, notices: [...this.current.notices, message] }
    this.publishNotices()
  }

  startImport(folder: string, total: number): void {
    this.current = { ...this.current, importing: { folder, done: 0, total } }
    this.lastProgressAt = Date.now()
    this.publishImport()
  }

  progress(done: number): void {
    if (!this.current.importing) return
    this.current = { ...this.current, importing: { ...this.current.importing, done } }
    // Progress is for eyes: a few updates a second, not one per file.
    if (Date.now() - this.lastProgressAt < PROGRESS_EVERY_MS) return
    this.lastProgressAt = Date.now()
    this.publishImport()
  }

  finishImport(report: ImportReport): void {
    this.current = { ...this.current, importing: null, lastImport: report }
    this.publishImport()
  }

  /** An export's articles collected so far (a few updates a second), or null once it is done. */
  exportProgress(exporting: { done: number; total: number } | null): void {
    this.current = { ...this.current, exporting }
    if (exporting && exporting.done > 0 && Date.now() - this.lastExportAt < PROGRESS_EVERY_MS) return
    this.lastExportAt = Date.now()
    this.changes.publish({ kind: 'export', exporting })
  }

  saved(): void {
    if (this.saveNotice === null) return
    this.saveNotice = null
    this.publishNotices()
  }

  saveFailed(message: string): void {
    if (this.saveNotice === message) return
    this.saveNotice = message
    this.publishNotices()
  }

  private publishImport(): void {
    this.changes.publish({ kind: 'import', importing: this.current.importing, lastImport: this.current.lastImport })
  }

  private publishNotices(): void {
    this.changes.publish({ kind: 'notices', notices: this.get().notices })
  }
}
