// The library in memory: articles by id and by location, unreadable files, and departed articles
// (files that vanished) kept so that a renamed or restored file gets its old id back. A departed
// article that still has annotations is never dropped: it is what "annotations without an article"
// names, and what a returning file (same place, or same quotes) is matched against.
import type { IndexedArticle, LibraryIndexFile, UnreadableFile } from './library-types'

const DEPARTED_KEPT = 2000
const at = (folder: string, path: string) => `${folder}\u0000${path}`

export interface EntryChanges {
  added: string[]
  changed: string[]
  removed: string[]
}

export class LibraryState {
  readonly articles = new Map<string, IndexedArticle>()
  private readonly byLocation = new Map<string, string>()
  private readonly unreadableFiles = new Map<string, UnreadableFile>()
  private departed: IndexedArticle[] = []
  /** True for a departed article that must be kept (it has annotations); set by the library. */
  keepDeparted: (id: string) => boolean = () => false
  /** Counts changes to the articles and departed ones: a save can tell that none happened since the last. */
  private edits = 0
  /** Ids added, changed and removed since the last `takeChanges()`, for the library's change events. */
  private pending = { added: new Set<string>(), changed: new Set<string>(), removed: new Set<string>() }

  static from(index: Omit<LibraryIndexFile, 'folders'>): LibraryState {
    const state = new LibraryState()
    for (const article of index.articles) state.put(article)
    for (const file of index.unreadable) state.setUnreadable(file)
    state.departed = [...index.departed]
    state.takeChanges() // what was saved is the starting point, not a change
    return state
  }

  get articleEdits(): number {
    return this.edits
  }

  toIndex(folders: LibraryIndexFile['folders']): LibraryIndexFile {
    return {
      version: 1,
      folders,
      articles: [...this.articles.values()],
      unreadable: this.unreadable(),
      departed: this.departed
    }
  }

  entryAt(folder: string, path: string): IndexedArticle | undefined {
    const id = this.byLocation.get(at(folder, path))
    return id === undefined ? undefined : this.articles.get(id)
  }

  inFolder(folder: string): IndexedArticle[] {
    return [...this.articles.values()].filter((article) => article.folder === folder)
  }

  put(article: IndexedArticle): void {
    const old = this.articles.get(article.id)
    if (old) this.byLocation.delete(at(old.folder, old.path))
    this.articles.set(article.id, article)
    this.byLocation.set(at(article.folder, article.path), article.id)
    this.note(article.id, old ? 'changed' : 'added')
    this.edits++
  }

  /** The file is gone: list it no more, but remember it in case it comes back. */
  depart(id: string): void {
    const article = this.articles.get(id)
    if (!article) return
    this.articles.delete(id)
    this.byLocation.delete(at(article.folder, article.path))
    this.note(id, 'removed')
    this.departed.push(article)
    this.trimDeparted()
    this.edits++
  }

  departedList(): readonly IndexedArticle[] {
    return this.departed
  }

  /** The departed article with this id, if it is still remembered. */
  departedEntry(id: string): IndexedArticle | undefined {
    return this.articles.has(id) ? undefined : this.departed.findLast((article) => article.id === id)
  }

  /** The departed article last seen at this place: the same file, come back with other content. */
  claimDepartedAt(folder: string, path: string): IndexedArticle | undefined {
    const index = this.departed.findLastIndex(
      (article) => article.folder === folder && article.path === path && !this.articles.has(article.id)
    )
    if (index < 0) return undefined
    this.edits++
    return this.departed.splice(index, 1)[0]
  }

  /**
   * The article `newId` (just added) is the departed `departedId` come back: it takes that id, so
   * everything kept under it (annotations, memo, decisions, links) is its own again.
   */
  adopt(newId: string, departedId: string): IndexedArticle | undefined {
    const entry = this.articles.get(newId)
    const index = this.departed.findLastIndex((article) => article.id === departedId)
    if (!entry || index < 0 || this.articles.has(departedId)) return undefined
    const [old] = this.departed.splice(index, 1) as [IndexedArticle]
    this.articles.delete(newId)
    this.byLocation.delete(at(entry.folder, entry.path))
    this.note(newId, 'removed')
    const moved = old.folder !== entry.folder || old.path !== entry.path
    const adopted: IndexedArticle = {
      ...entry,
      id: departedId,
      previousHashes: [...old.previousHashes, old.hash].slice(-20),
      pathHistory: moved ? [...old.pathHistory, old.path].slice(-20) : old.pathHistory
    }
    this.put(adopted)
    return adopted
  }

  /** The oldest departed go first, except those still holding annotations. */
  private trimDeparted(): void {
    let excess = this.departed.length - DEPARTED_KEPT
    if (excess <= 0) return
    const kept: IndexedArticle[] = []
    for (const article of this.departed) {
      if (excess > 0 && !this.keepDeparted(article.id)) excess--
      else kept.push(article)
    }
    this.departed = kept
  }

  /** A departed article with this content, taken back out of the departed list. */
  claimDeparted(hash: string): IndexedArticle | undefined {
    const index = this.departed.findLastIndex((article) => article.hash === hash && !this.articles.has(article.id))
    if (index < 0) return undefined
    this.edits++
    return this.departed.splice(index, 1)[0]
  }

  /** An id for new content: from its hash, so that a rebuilt index finds the same ids again. */
  newId(hash: string): string {
    const base = `a${hash.slice(0, 15)}`
    let id = base
    for (let n = 2; this.articles.has(id) || this.departed.some((article) => article.id === id); n++)
      id = `${base}-${n}`
    return id
  }

  setUnreadable(file: UnreadableFile): void {
    this.unreadableFiles.set(at(file.folder, file.path), file)
  }

  unreadableAt(folder: string, path: string): UnreadableFile | undefined {
    return this.unreadableFiles.get(at(folder, path))
  }

  clearUnreadable(folder: string, path: string): void {
    this.unreadableFiles.delete(at(folder, path))
  }

  unreadable(folder?: string): UnreadableFile[] {
    const all = [...this.unreadableFiles.values()]
    return folder === undefined ? all : all.filter((file) => file.folder === folder)
  }

  /** The folder's articles depart (remembered, so adding the folder back finds them again). */
  forgetFolder(folder: string): void {
    this.edits++
    for (const article of this.inFolder(folder)) this.depart(article.id)
    for (const file of this.unreadable(folder)) this.unreadableFiles.delete(at(file.folder, file.path))
  }

  /** The entries added, changed and removed since the last call (an entry added then removed is neither). */
  takeChanges(): EntryChanges {
    const { added, changed, removed } = this.pending
    this.pending = { added: new Set(), changed: new Set(), removed: new Set() }
    return { added: [...added], changed: [...changed], removed: [...removed] }
  }

  private note(id: string, what: 'added' | 'changed' | 'removed'): void {
    const { added, changed, removed } = this.pending
    if (what === 'added') {
      if (removed.delete(id))
        changed.add(id) // gone and back (a rename, say): the client has a stale copy
      else added.add(id)
    } else if (what === 'changed') {
      if (!added.has(id)) changed.add(id)
    } else if (!added.delete(id)) {
      changed.delete(id)
      removed.add(id)
    }
  }
}
