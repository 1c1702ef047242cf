// Everything behind the API, assembled once: the same wiring for the Electron shell, web mode and
// the end-to-end test host, so that they differ only in transport and in the two OS hooks.
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createHandlers, type HandlerDeps } from '../api/handlers'
import type { ApiHandlers } from '../api/dispatch'
import { AnnotationService } from '../annotations/annotation-service'
import { localUserName } from '../annotations/local-user-name'
import { ChangeLog } from '../events/change-log'
import type { LibraryStatus } from '../../common/model/app-status'
import { StatusBoard } from '../events/status-board'
import { Library } from '../library/library'
import { loadAnnotationStore } from '../store/open-store'
import { acquireStoreLock } from '../store/store-lock'
import { annotationEvents } from './annotation-events'
import { correctionEvents } from '../corrections/correction-events'
import { applyCorrection } from '../corrections/apply-corrections'
import { connectSearch, openSearch } from './connect-search'
import { connectBackups, readBackupsKept } from './connect-backups'
import { followWordList, openWordList } from './connect-word-list'
import { followOntology, openOntology } from './connect-ontology'
import { followNearDuplicates } from './connect-near-duplicates'
import { followReturns } from '../orphans/follow-returns'
import { followPassages } from './connect-passages'
import { connectCrossReading } from './connect-cross-reading'
import { nearDuplicatePairId } from '../../common/model/near-duplicates'
import { SearchEngine } from '../search/search-engine'
import { ReaderLayoutFile } from '../layout/reader-layout-file'
import { ReadingSettingsFile } from '../settings/reading-settings-file'
import { ShortcutOverridesFile } from '../settings/shortcut-overrides-file'
import { ReadingPlacesFile } from '../reading-places/reading-places-file'
import { exportSourcesOf } from '../export/export-sources'
import type { ExportSources } from '../export/export-sources'
import type { ExportDeps } from '../api/export-handlers'
import type { DataFolderDeps } from '../api/data-folder-handlers'
import type { ImportDeps } from '../import/import-file'

export interface ServiceOptions extends Omit<
  HandlerDeps,
  'library' | 'status' | 'annotations' | 'search' | 'words' | 'ontology' | 'exports' | 'dataFolder'
> {
  /** The app's save dialog for exports (Electron); without it, exports are downloads. */
  saveFile?: ExportDeps['saveFile']
  /** Electron's printToPDF of the report; without it there is no PDF export. */
  printToPdf?: ExportDeps['printToPdf']
  /** Opens a folder in the file manager (Electron's shell.openPath): the settings' "Open data folder". */
  openPath?: DataFolderDeps['openPath']
  dataDir: string
  bundledFolder: string
  watch?: boolean
  log?: (message: string) => void
  /**
   * The built search worker (the Electron build); from sources, the TypeScript one runs through tsx.
   * The built parse worker sits beside it (both are entries of out/main).
   */
  searchWorkerEntry?: URL
  /** The built parse worker; by default `parse-worker.js` beside the search worker (as the build lays them out). */
  parseWorkerEntry?: URL
  /** The shipped domain word list; by default `domain-words.txt` beside the bundled articles' folder.
   * The user's own words are read from (and kept in) `domain-words.txt` in the data folder. */
  domainWordsFile?: string
  /** Who theme decisions are attributed to; by default the account name on this computer. */
  userName?: string
}

export interface Services {
  handlers: ApiHandlers
  library: Library
  annotations: AnnotationService
  /** What exports read (main/export), over the same answers the renderer gets. */
  exportSources: ExportSources
  /** What imports write through (main/import): the command line imports as the app does. */
  imports: ImportDeps
  /** The app's status: the command line waits on it for the index to catch up. */
  status(): LibraryStatus
  /** True while annotation changes are not yet on disk (warn before quitting). */
  hasUnsavedWork(): boolean
  /** Writes pending annotation changes now; false if the write failed. */
  flush(): Promise<boolean>
  /** Resolves when the folders have been brought up to date after launch. */
  synced: Promise<void>
  close(): Promise<void>
}

export async function startServices(options: ServiceOptions): Promise<Services> {
  await mkdir(options.dataDir, { recursive: true })
  // The data folder's lock first: a second Crossread (or `cli search`) refused here must not
  // have written anything before it was refused.
  // The search workers boot (a thread each, their code compiled) on the other core meanwhile, and
  // load the saved index as soon as the lock is held, while main reads the store and the library.
  const searchWorkers = SearchEngine.startWorkers(options.searchWorkerEntry)
  const lock = await acquireStoreLock(options.dataDir).catch(async (err: unknown) => {
    await Promise.all(searchWorkers.map((worker) => worker.close()))
    throw err
  })
  const changes = new ChangeLog()
  // The app's status (store, search, imports) has one board, owned here; each service reports to it.
  const status = new StatusBoard(changes)
  const ontology = openOntology({
    resources: dirname(options.bundledFolder),
    dataDir: options.dataDir,
    status,
    log: options.log
  })
  const words = openWordList({
    shippedFile: options.domainWordsFile ?? join(dirname(options.bundledFolder), 'domain-words.txt'),
    dataDir: options.dataDir,
    status,
    log: options.log
  })
  const opening = openSearch({
    dataDir: options.dataDir,
    status,
    workerEntry: options.searchWorkerEntry,
    workers: searchWorkers,
    domainWords: words.words,
    intelligence: ontology?.files,
    log: options.log
  })
  const closeSearch = () => opening.then((engine) => engine.close()).catch(() => undefined)
  let backupsKept = await readBackupsKept(options.dataDir) // the setting, read before the store first writes
  const opened = await loadAnnotationStore(options.dataDir, lock, { backupsKept: () => backupsKept }).catch(
    async (err: unknown) => {
      await closeSearch()
      throw err
    }
  )
  const { library, synced } = await Library.open({
    status,
    dataDir: options.dataDir,
    bundledFolder: options.bundledFolder,
    watch: options.watch,
    log: options.log,
    checkAfter: opening,
    parseWorkerEntry:
      options.parseWorkerEntry ?? (options.searchWorkerEntry && new URL('./parse-worker.js', options.searchWorkerEntry))
  }).catch(async (err: unknown) => {
    await closeSearch()
    await opened.lock?.release()
    throw err
  })
  const { store } = opened
  const publish = () =>
    status.setAnnotations({ writable: opened.writable, ...store.status(), ...annotations.historyLabels() })
  const annotations: AnnotationService = new AnnotationService({
    store,
    loadArticle: (id) => library.get(id),
    summaryOf: (id) => library.summaries([id])[0],
    userName: options.userName ?? localUserName()
  })
  annotations.onChanges((applied) => {
    publish() // the undo and redo labels
    for (const event of annotationEvents(applied, () => store.tagUsage())) changes.publish(event)
    for (const event of correctionEvents(applied.changes)) changes.publish(event) // corrected headers
  })
  store.onStatus = publish
  // Every summary that leaves the library carries the user's header corrections (main/corrections).
  library.setHeaderCorrections((summary) => applyCorrection(summary, annotations.corrections.lookup(summary.id)))
  library.setAnnotationCounter(
    () => annotations.countsByArticle(),
    (id) => store.countFor(id)
  )
  for (const notice of opened.notices) status.notice(notice)
  store.onNotice = (notice) => status.notice(notice)
  publish()

  const search = connectSearch({
    opening,
    library,
    status,
    annotations,
    synced,
    annotationsGeneration: () => store.savedGeneration(),
    log: options.log
  })
  const stopWords = followWordList(words, { search, changes, log: options.log })
  const stopOntology = ontology ? followOntology(ontology, { search, changes, log: options.log }) : () => undefined
  const nearDuplicates = followNearDuplicates({
    opening,
    changes,
    annotations,
    dismissed: (a, b) => store.nearDuplicateDismissals.has(nearDuplicatePairId(a, b)),
    log: options.log
  })
  const passages = followPassages({ store, annotations, library, search, changes })
  const returns = followReturns({
    store,
    library,
    changes,
    notice: (message) => status.notice(message),
    log: options.log
  })
  const crossReading = connectCrossReading({
    opening,
    search,
    store,
    annotations,
    library,
    status,
    changes,
    nearDuplicates,
    ontology,
    bundledFolder: options.bundledFolder,
    log: options.log
  })
  // What an export's kept model depends on: every change but the export's own progress.
  let contentVersion = 0
  changes.subscribe((event) => {
    if (event.kind !== 'export') contentVersion += 1
  })
  let handlers: ApiHandlers | null = null
  const api = () => {
    if (handlers) return handlers
    throw new Error('The export asked the API before it was made.')
  }
  const exportSources = exportSourcesOf({ library, annotations, store, api, userName: annotations.user })
  const imports: ImportDeps = { annotations, list: () => library.list(), article: (id) => library.get(id) }
  const readerLayout = await ReaderLayoutFile.open(options.dataDir, (problem) => status.notice(problem))
  const readingSettings = await ReadingSettingsFile.open(options.dataDir, (problem) => status.notice(problem))
  const shortcutOverrides = await ShortcutOverridesFile.open(options.dataDir, (problem) => status.notice(problem))
  const readingPlaces = await ReadingPlacesFile.open(options.dataDir, (problem) => status.notice(problem))
  handlers = createHandlers({
    library,
    status,
    annotations,
    search,
    ontology: ontology?.editor ?? null,
    words,
    openExternal: options.openExternal,
    chooseFolder: options.chooseFolder,
    nearDuplicates,
    passages: passages.queries,
    ...crossReading.handlerDeps,
    readerLayout,
    readingSettings,
    shortcutOverrides,
    readingPlaces,
    orphans: { store, library },
    dataFolder: {
      path: options.dataDir,
      openPath: options.openPath,
      backups: connectBackups({
        dataDir: options.dataDir,
        kept: backupsKept,
        onKept: (kept) => (backupsKept = kept),
        store,
        annotations,
        changes,
        afterRestore: () => {
          search.resyncNotes()
          passages.forgetAll()
        }
      })
    },
    exports: {
      sources: exportSources,
      imports,
      version: () => contentVersion,
      progress: (exporting) => status.exportProgress(exporting),
      saveFile: options.saveFile,
      printToPdf: options.printToPdf
    }
  })
  const flush = async () => {
    await store.flush()
    return store.status().writeError === null
  }
  return {
    handlers,
    library,
    annotations,
    exportSources,
    imports,
    status: () => status.get(),
    synced,
    hasUnsavedWork: () => store.status().unsaved,
    flush,
    close: async () => {
      changes.close() // open long polls answer now rather than at their timeout
      stopWords()
      stopOntology()
      nearDuplicates.stop()
      passages.stop()
      returns.stop()
      crossReading.stop()
      await Promise.all([
        library.close(),
        flush(),
        words.flush(),
        ontology?.editor.flush(),
        readerLayout.flush(),
        readingSettings.flush(),
        shortcutOverrides.flush(),
        readingPlaces.flush()
      ])
      await search.close()
      await store.shutDown()
      await opened.lock?.release()
    }
  }
}
