// The themes matrix wired to the running app: the ontology's themes, the library, the index's
// workers and the store's decisions; the province list shipped beside the bundled articles.
// A list that cannot be read leaves every article without a province, with a log line, rather
// than the view without a matrix. Once the index is ready, and after each new version of it, the
// matrix is made in the background, so that the view's first open does not wait for the workers
// (every article's province at launch: about half a second of their time at 10,000 articles).
import { join } from 'node:path'
import type { AnnotationService } from '../annotations/annotation-service'
import type { Library } from '../library/library'
import type { OntologyEditor } from '../ontology/ontology-editor'
import type { SearchEngine } from '../search/search-engine'
import type { ChangeLog } from '../events/change-log'
import { themeLabels } from '../intelligence/intelligence-files'
import { readProvinceTable, type ProvinceTable } from './province-table'
import { ThemeMatrixQueries } from './theme-matrix-queries'

export interface ThemeMatrixWiring {
  resources: string
  opening: Promise<Pick<SearchEngine, 'themeMatrixShards' | 'status'>>
  library: Pick<Library, 'list' | 'summaries'>
  annotations: Pick<AnnotationService, 'themeDecisions'>
  ontology: () => OntologyEditor | null
  /** Tells when the index is ready, to make the matrix ahead of the view; without it, at its first open. */
  changes?: Pick<ChangeLog, 'subscribe'>
  log?: (message: string) => void
}

/** After the index is ready, how long to leave the cores to the launch's own work first. */
const WARM_AFTER_MS = 3000

export function openThemeMatrix(wiring: ThemeMatrixWiring): ThemeMatrixQueries {
  const { resources, opening, library, annotations, ontology, log } = wiring
  let provinces: ProvinceTable
  try {
    provinces = readProvinceTable(join(resources, 'vietnam-provinces.json'))
  } catch (err) {
    log?.(`[themes] the province list could not be read, so no article has a province: ${String(err)}`)
    provinces = { version: 'none', provinces: [] }
  }
  const queries = new ThemeMatrixQueries({
    themes: async () => themeLabels(ontology()?.ontology ?? null).map((theme) => theme.id),
    articles: () => library.list(),
    summaries: (ids) => library.summaries(ids),
    shards: async (input) => (await opening).themeMatrixShards(input),
    indexVersion: async () => (await opening).status().version,
    decisions: () => annotations.themeDecisions(),
    provinces
  })
  // Again after each new version of the index (a sync, an edit): the kept answer is the version's.
  let version = -1
  let timer: NodeJS.Timeout | null = null
  wiring.changes?.subscribe((event) => {
    if (event.kind !== 'search' || event.status.state !== 'ready' || event.status.indexed === 0) return
    if (event.status.version === version) return
    version = event.status.version
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void queries.matrix().catch(() => undefined), WARM_AFTER_MS)
    timer.unref()
  })
  return queries
}
