// One shard of the article index: MiniSearch (BM25+, prefix search) over pre-tokenised words, plus
// each document's word sequence as term ids, because MiniSearch has no phrase search: a quoted
// phrase is an AND query whose candidates are then checked for the words in a row. Each document's
// text stays on disk (DocumentTexts) for snippets; the sequence says which block to read them from.
import MiniSearch from 'minisearch'
import type { DocumentTexts, TextSpan } from './document-texts'
import type { Clause, QueryTerm } from '../../common/text/query'
import type { DocumentWords } from './document-words'
import { addWithCounts } from './minisearch-internals'
import { splitReadings } from './split-readings'
import { TermDictionary } from './term-dictionary'
import { hasEveryRun } from './word-runs'

const MIN_PREFIX = 2

/** Words never contain this, so it can join a document's words for MiniSearch to split again. */
const SEPARATOR = '\u0001'

export const MINISEARCH_OPTIONS = {
  fields: ['title', 'body'],
  tokenize: (text: string) => text.split(SEPARATOR),
  processTerm: (term: string) => term || null,
  searchOptions: { boost: { title: 2 }, tokenize: (text: string) => [text], processTerm: (term: string) => term }
}

export interface IndexedDocument {
  id: string
  /** Content hash: a document whose hash changed is indexed again. */
  hash: string
  /** Absolute path, for snippets. */
  file: string
  /** Absolute path of its library folder: the file is read only if it really lies inside it. */
  folder: string
}

export interface RankedHit {
  id: string
  score: number
}

export class ShardIndex {
  constructor(
    readonly search: MiniSearch = new MiniSearch(MINISEARCH_OPTIONS),
    readonly documents = new Map<string, IndexedDocument>(),
    readonly sequences = new Map<string, Uint32Array>(),
    readonly dictionary = new TermDictionary(),
    /** Where each document's title and blocks lie in `texts`. */
    public spans = new Map<string, TextSpan>(),
    public texts: DocumentTexts | null = null
  ) {}

  /** `texts`: the title, then the blocks, as `words` was read from. */
  add(document: IndexedDocument, words: DocumentWords, texts: readonly string[]): void {
    this.remove(document.id)
    addWithCounts(this.search, document.id, { title: words.title, body: words.body }, (distinct) =>
      distinct.join(SEPARATOR)
    )
    this.documents.set(document.id, document)
    this.sequences.set(document.id, this.dictionary.encode(words.sequence))
    if (this.texts) this.spans.set(document.id, this.texts.append(texts, words.bounds))
  }

  remove(id: string): void {
    if (!this.documents.has(id)) return
    this.search.discard(id)
    this.documents.delete(id)
    this.sequences.delete(id)
    this.spans.delete(id)
  }

  /** The ids of the words any clause of `readings` matches (for snippets: once per query, not per hit). */
  wordIds(readings: Clause[][]): Set<number> {
    const ids = new Set<number>()
    for (const clauses of readings) {
      for (const clause of clauses)
        for (const term of clause.terms) for (const id of this.dictionary.matching(term)) ids.add(id)
    }
    return ids
  }

  /** Every document matching all clauses of any alternative, best first. */
  rank(alternatives: Clause[][]): RankedHit[] {
    const best = new Map<string, number>()
    for (const clauses of alternatives) {
      for (const hit of this.rankOne(clauses)) best.set(hit.id, Math.max(hit.score, best.get(hit.id) ?? 0))
    }
    const ranked = [...best].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score)
    return [...ranked, ...this.recover(alternatives, best, (ranked.at(-1)?.score ?? 1) / 2)]
  }

  /** The alternatives and the readings that split a Thai word differently (for snippets). */
  readings(alternatives: Clause[][]): Clause[][] {
    return [...alternatives, ...splitReadings(alternatives, this.dictionary)]
  }

  /**
   * Documents that only a split reading matches, found on the word sequences of the documents not
   * matched already (cheap when the query matched most, bounded by the shard when it matched few).
   * They rank after every direct match.
   */
  private recover(alternatives: Clause[][], found: Map<string, number>, score: number): RankedHit[] {
    const readings = splitReadings(alternatives, this.dictionary).map((clauses) =>
      clauses.map((clause) =>
        clause.terms.map((term) =>
          this.dictionary.matching({ term: term.term, prefix: clause.phrase ? term.prefix : this.asPrefix(term) })
        )
      )
    )
    const possible = readings.filter((runs) => runs.every((run) => run.every((ids) => ids.size > 0)))
    if (possible.length === 0) return []
    const recovered: RankedHit[] = []
    for (const [id, sequence] of this.sequences) {
      if (!found.has(id) && possible.some((runs) => hasEveryRun(sequence, runs))) recovered.push({ id, score })
    }
    return recovered
  }

  private rankOne(clauses: Clause[]): RankedHit[] {
    if (clauses.length === 0) return []
    // One flat AND query over every word; each word says for itself whether it is a prefix.
    const terms = clauses.flatMap((clause) =>
      clause.terms.map((term) => ({ term: term.term, prefix: clause.phrase ? term.prefix : this.asPrefix(term) }))
    )
    const phrases = clauses.filter((clause) => clause.phrase)
    const hits = this.search.search(terms.map((term) => term.term).join(SEPARATOR), {
      combineWith: 'AND',
      tokenize: (text) => text.split(SEPARATOR),
      prefix: (_term, i) => terms[i]?.prefix ?? false
    })
    const wanted = phrases.map((phrase) => phrase.terms.map((term) => this.dictionary.matching(term)))
    const inOrder =
      phrases.length === 0
        ? hits
        : hits.filter((hit) => hasEveryRun(this.sequences.get(String(hit.id)) ?? new Uint32Array(), wanted))
    return inOrder.map((hit) => ({ id: String(hit.id), score: hit.score }))
  }

  /**
   * A word being typed alone is matched as a prefix only while it is not yet a word of the index
   * and has at least two letters: a finished word (`การ`) would otherwise pull in every longer
   * word starting with it, and one letter every word. (In a phrase, the words before anchor it.)
   */
  private asPrefix(term: QueryTerm): boolean {
    return term.prefix && term.term.length >= MIN_PREFIX && !this.dictionary.isWord(term.term)
  }
}
