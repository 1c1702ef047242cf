// Every document the library cites, kept in main: the citations in brief are asked of the workers
// once the index has changed (a new search version), and the catalogue is built again from them at
// once, or from the kept brief when only the user's verdicts or the library's dates changed.
import type { KnownDocument } from '../../common/model/intelligence-data'
import {
  citationDecisionId,
  type CitationDecision,
  type CitationSuggestion,
  type DocumentEntry,
  type DocumentList,
  type DocumentSort
} from '../../common/model/documents'
import { buildCatalogue, type Catalogue, type CountedCitation } from './catalogue-build'
import { sortDocuments } from './document-order'
import type { CitationDigest } from './shard-citations'

export interface CatalogueDeps {
  /** Every article's citations in brief (the search workers'). */
  digest: () => Promise<CitationDigest>
  known: () => readonly KnownDocument[]
  decisions: () => ReadonlyMap<string, CitationDecision>
  dateOf: () => (articleId: string) => string | null
  log?: (message: string) => void
}

export class DocumentCatalogue {
  private digest: CitationDigest | null = null
  private built: Catalogue | null = null
  private reading: Promise<void> | null = null
  private stale = false
  private knownByKey: Map<string, KnownDocument> | null = null

  constructor(private readonly deps: CatalogueDeps) {}

  /** Reads the citations again (the index changed), after a reading under way; resolves once read. */
  refresh(): Promise<void> {
    const run = (this.reading ?? Promise.resolve()).then(async () => {
      const started = performance.now()
      this.digest = await this.deps.digest()
      this.built = null
      const took = Math.round(performance.now() - started)
      this.deps.log?.(`[documents] citations of ${this.digest.length} articles read in ${took} ms`)
    })
    const reading = run.catch(() => undefined)
    this.reading = reading
    // Forgotten once done, so that a failed first reading is tried again at the next request.
    void reading.then(() => {
      if (this.reading === reading) this.reading = null
    })
    return run
  }

  /** The user's verdicts or the library's dates changed: rebuilt from the kept brief when next asked. */
  invalidate(): void {
    this.built = null
  }

  get known(): Map<string, KnownDocument> {
    return (this.knownByKey ??= new Map(this.deps.known().map((doc) => [doc.key, doc])))
  }

  /** The index changed: the citations are read again before the next answer. */
  markStale(): void {
    this.stale = true
  }

  /** The catalogue, reading the citations first if they never were or the index changed since. */
  async current(): Promise<Catalogue> {
    if (this.stale || (!this.digest && !this.reading)) {
      this.stale = false
      await this.refresh()
    } else if (this.reading) await this.reading // one under way (the first, or after an index change) answers
    return (this.built ??= buildCatalogue({
      digest: this.digest ?? [],
      known: this.known,
      decisions: this.deps.decisions(),
      dateOf: this.deps.dateOf()
    }))
  }

  async list(sort: DocumentSort): Promise<DocumentList> {
    const { entries } = await this.current()
    const all = sortDocuments(entries.values(), sort)
    return {
      state: this.digest ? 'ready' : 'pending',
      documents: all.filter((entry) => entry.state !== 'unresolved'),
      unresolved: all.filter((entry) => entry.state === 'unresolved')
    }
  }

  async entry(id: string): Promise<{ entry: DocumentEntry | null; citing: CountedCitation[] }> {
    const catalogue = await this.current()
    return { entry: catalogue.entries.get(id) ?? null, citing: catalogue.citing.get(id) ?? [] }
  }

  /** What detection says of an article's citation, for a verdict; undefined if it is not cited. */
  async suggestion(articleId: string, citation: string): Promise<CitationSuggestion | undefined> {
    const brief = (await this.current()).briefs.get(citationDecisionId(articleId, citation))
    return brief && { key: brief[4], confidence: brief[6], by: brief[5] }
  }

  /** The articles citing a document (a key, or a code: every document of it), verdicts honoured. */
  async citingArticles(name: string): Promise<string[]> {
    const { entries, citing } = await this.current()
    const ids = new Set<string>()
    for (const [id, entry] of entries)
      if (id === name || entry.code === name) for (const counted of citing.get(id) ?? []) ids.add(counted.articleId)
    return [...ids]
  }
}
