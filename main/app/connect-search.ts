// Keeps the search index in step with the library and the annotations: once at launch (from the
// saved index, then after the folders are synced) and after every change of content, debounced so
// that a burst of watcher events or edits is one update.
import type { AnnotationService } from '../annotations/annotation-service'
import type { Library } from '../library/library'
import { SearchEngine } from '../search/search-engine'

const DEBOUNCE_MS = 250

export interface ConnectedSearch {
  engine: SearchEngine
  close(): Promise<void>
}

export async function connectSearch(options: {
  dataDir: string
  library: Library
  annotations: AnnotationService
  synced: Promise<void>
  workerEntry?: URL
  log?: (message: string) => void
}): Promise<ConnectedSearch> {
  const { library, annotations } = options
  const { engine } = await SearchEngine.open({
    dataDir: options.dataDir,
    workerEntry: options.workerEntry,
    onStatus: (status) => library.status.setSearch(status),
    log: options.log
  })
  let closed = false
  const update = async () => {
    if (closed) return
    await engine.sync(library.searchable())
    await engine.syncAnnotations(await annotations.searchable()).catch((err: unknown) => options.log?.(`[search] notes not indexed: ${String(err)}`))
  }
  void update()
  void options.synced.then(update)

  let timer: NodeJS.Timeout | null = null
  let seen = library.status.get().contentVersion
  const stop = library.status.onChange((status) => {
    if (status.contentVersion === seen) return
    seen = status.contentVersion
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void update(), DEBOUNCE_MS)
  })
  return {
    engine,
    close: async () => {
      closed = true
      stop()
      if (timer) clearTimeout(timer)
      await engine.close()
    }
  }
}
