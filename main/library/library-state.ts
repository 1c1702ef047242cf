// The library in memory: articles by id and by location, unreadable files, and departed articles
// (files that vanished) kept so that a renamed or restored file gets its old id back.
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
  /** Counts changes to the articles and departed ones: a save can tell that none happened since the last. */
  private edits = 0
  /** Ids added, changed and removed since the last `takeChanges()`, for the library's change events. */
  private pending = { added: new Set<string>(), changed: new Set<string>(), removed: new Set<string>() }

  static from(index: Omit<LibraryIndexFile, 'folders'>): LibraryState {
    const state = new LibraryState()
    for (const article of index.articles) state.put(article)
    for (const file of index.unreadable) state.setUnreadable(file)
    state.departed = index.departed.slice(-DEPARTED_KEPT)
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
    if (this.departed.length > DEPARTED_KEPT) this.departed.shift()
    this.edits++
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

  forgetFolder(folder: string): void {
    this.edits++
    for (const article of this.inFolder(folder)) {
      this.articles.delete(article.id)
      this.byLocation.delete(at(article.folder, article.path))
      this.note(article.id, 'removed')
    }
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
