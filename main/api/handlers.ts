// What each API method does, with its collaborators injected so that Electron and the web host
// share one implementation.
import { isAbsolute } from 'node:path'
import type { AnnotationService } from '../annotations/annotation-service'
import type { StatusBoard } from '../events/status-board'
import type { Library } from '../library/library'
import type { SearchEngine } from '../search/search-engine'
import { ApiError } from '../../common/errors/api-error'
import type { ApiHandlers } from './dispatch'
import { isOpenableUrl } from './external-url'
import type { DomainWordList } from '../lexicon/domain-word-list'
import { wordListHandlers } from './word-list-handlers'
import type { OntologyEditor } from '../ontology/ontology-editor'
import { ontologyHandlers } from './ontology-handlers'
import type { NearDuplicates } from '../app/connect-near-duplicates'
import { nearDuplicateHandlers } from './near-duplicate-handlers'
import type { PassageQueries } from '../passages/passage-queries'
import { passageHandlers } from './passage-handlers'
import type { RelatedSources } from '../related/related-query'
import { relatedHandlers } from './related-handlers'
import { documentHandlers, type DocumentDeps } from './document-handlers'
import { linkHandlers } from './link-handlers'
import { memoHandlers } from './memo-handlers'
import type { ReaderLayoutFile } from '../layout/reader-layout-file'
import { layoutHandlers } from './layout-handlers'
import type { ThemeMatrixQueries } from '../theme-matrix/theme-matrix-queries'
import { themeMatrixHandlers } from './theme-matrix-handlers'
import { exportHandlers, type ExportDeps } from './export-handlers'
import { correctionsHandlers } from './corrections-handlers'
import { orphanHandlers } from './orphan-handlers'
import { dataFolderHandlers, type DataFolderDeps } from './data-folder-handlers'
import type { OrphanSources } from '../orphans/list-orphans'
import type { ReadingSettingsFile } from '../settings/reading-settings-file'
import { settingsHandlers } from './settings-handlers'
import type { ReadingPlacesFile } from '../reading-places/reading-places-file'
import { readingPlaceHandlers } from './reading-place-handlers'
import type { ShortcutOverridesFile } from '../settings/shortcut-overrides-file'
import { shortcutHandlers } from './shortcut-handlers'

export interface HandlerDeps {
  library: Library
  /** The app's status and the change log behind the long poll. */
  status: StatusBoard
  annotations: AnnotationService
  /** Waits for the index to open; fails with its reason when it cannot. */
  search: Pick<SearchEngine, 'search' | 'articleAnalysis' | 'citingArticles' | 'themeCarriers'>
  /** The theme ontology the user edits (null when the shipped one could not be read). */
  ontology: OntologyEditor | null
  /** The domain word list main and the workers cut with (the renderer installs the same one), which the user adds to. */
  words: DomainWordList
  /** Opens an http(s) URL in the user's browser; the URL has already been checked. */
  openExternal: (url: string) => Promise<void>
  /** The system folder dialog; absent in web mode, where the user types a path. */
  chooseFolder?: () => Promise<string | null>
  /** Other copies of each article, found with the index; absent, every answer is "pending". */
  nearDuplicates?: NearDuplicates
  /** Passages across articles by tag, colour or theme; absent, the method says it is unavailable. */
  passages?: Pick<PassageQueries, 'list'>
  /** Related passages across articles (main/related); absent, the method says it is unavailable. */
  related?: RelatedSources
  /** The catalogue of cited documents and the user's verdicts on citations; absent, detection alone. */
  documents?: DocumentDeps
  /** The reader's layout kept across launches; absent, one empty pane and nothing kept. */
  readerLayout?: ReaderLayoutFile
  /** The themes view's matrix (main/theme-matrix); absent, the method says it is unavailable. */
  themeMatrix?: Pick<ThemeMatrixQueries, 'matrix'>
  /** Exports and imports (main/export, main/import); absent, the methods say they are unavailable. */
  exports?: ExportDeps
  /** The store and library behind "annotations without an article"; absent, none are listed. */
  orphans?: OrphanSources
  /** The data folder shown in the settings; absent, the methods say there is none. */
  dataFolder?: DataFolderDeps
  /** The reading settings kept across launches; absent, the defaults and nothing kept. */
  readingSettings?: ReadingSettingsFile
  /** Where the reader left off in each article; absent, every article opens at its top. */
  readingPlaces?: ReadingPlacesFile
  /** The user's own shortcut keys kept across launches; absent, none changed and nothing kept. */
  shortcutOverrides?: ShortcutOverridesFile
}

export function createHandlers({
  library,
  status,
  annotations,
  search,
  ontology,
  words,
  openExternal,
  chooseFolder,
  nearDuplicates,
  passages,
  related,
  documents,
  readerLayout,
  themeMatrix,
  exports,
  orphans,
  dataFolder,
  readingSettings,
  shortcutOverrides,
  readingPlaces
}: HandlerDeps): ApiHandlers {
  const gone = () =>
    new ApiError(
      'not-found',
      'That article is no longer in the library (its file was moved, deleted or cannot be read).'
    )
  return {
    listArticles: () => library.list(),
    getArticleSummaries: ({ ids }) => library.summaries(ids),
    getArticle: async ({ id }) => (await library.get(id)) ?? Promise.reject(gone()),
    getOriginal: async ({ id }) => (await library.original(id)) ?? Promise.reject(gone()),
    openSource: async ({ id }) => {
      const sourceUrl = library.list().find((article) => article.id === id)?.sourceUrl
      if (!sourceUrl || !isOpenableUrl(sourceUrl)) {
        throw new ApiError('refused', 'This article has no web address that can be opened (only http and https are).')
      }
      try {
        await openExternal(sourceUrl)
      } catch {
        throw new ApiError('failed', `The system browser could not be started. The address is ${sourceUrl}`)
      }
      return { opened: sourceUrl }
    },
    listFolders: () => library.folderStatus(),
    ...wordListHandlers(words),
    ...ontologyHandlers(ontology),
    listThemeArticles: async ({ theme, limit }) => {
      const { carriers, total } = await search.themeCarriers(theme, limit)
      return { articles: carriers, total }
    },
    chooseFolder: async () =>
      chooseFolder ? { supported: true, path: await chooseFolder() } : { supported: false, path: null },
    importFolder: async ({ path }) => {
      if (!isAbsolute(path))
        throw new ApiError('invalid-input', 'Give the full path of the folder (starting with / or a drive letter).')
      return library.importFolder(path)
    },
    cancelImport: () => ({ cancelled: library.cancelImport() }),
    removeFolder: async ({ path }) => {
      if (!(await library.removeFolder(path))) {
        throw new ApiError('not-found', `This folder is not in the library, so nothing was removed: ${path}`)
      }
      return { removed: path }
    },
    waitForChanges: async ({ since, timeoutMs }) => {
      const answer = await status.changes.wait(since, timeoutMs)
      return answer.kind === 'reset' ? { ...answer, status: status.get() } : answer
    },
    listAnnotations: ({ articleId }) => annotations.list(articleId),
    createAnnotation: (input) => annotations.create(input),
    updateAnnotation: (input) => annotations.update(input),
    deleteAnnotation: async ({ id }) => {
      await annotations.remove(id)
      return { deleted: id }
    },
    reattachAnnotation: (input) => annotations.reattach(input),
    listTags: () => annotations.tags(),
    countTagUsage: () => annotations.tagUsage(),
    createTag: (input) => annotations.createTag(input),
    updateTag: (input) => annotations.updateTag(input),
    mergeTags: ({ from, into }) => annotations.mergeTags({ from, into }),
    deleteTag: async ({ id }) => {
      await annotations.deleteTag(id)
      return { deleted: id }
    },
    undo: () => annotations.undo(),
    redo: () => annotations.redo(),
    setThemeDecisions: (input) => annotations.setThemeDecisions(input),
    getThemeDecisions: ({ articleId }) => annotations.themeDecisions(articleId),
    ...nearDuplicateHandlers(nearDuplicates, library, annotations),
    listArticleFacets: () => annotations.facets(),
    ...passageHandlers(passages),
    ...themeMatrixHandlers(themeMatrix),
    ...exportHandlers(exports),
    ...orphanHandlers(orphans, annotations),
    ...dataFolderHandlers(dataFolder),
    ...relatedHandlers(related),
    ...documentHandlers(documents, annotations, search),
    ...linkHandlers(annotations.links),
    ...memoHandlers(annotations.memos),
    ...layoutHandlers(readerLayout),
    ...settingsHandlers(readingSettings),
    ...readingPlaceHandlers(readingPlaces),
    ...shortcutHandlers(shortcutOverrides),
    ...correctionsHandlers(annotations.corrections),
    search: (input) => search.search(input)
  }
}
