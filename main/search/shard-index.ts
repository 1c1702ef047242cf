// One shard of the article index: our inverted index (BM25+, prefix search) over pre-tokenised
// words, plus each document's word sequence as term ids for phrases: a quoted phrase is an AND
// query whose candidates are then checked for the words in a row. Each document's text stays on
// disk (DocumentTexts) for snippets; the sequence says which block to read them from.
import { AnalysisIndex } from '../intelligence/analysis-index'
import type { ArticleAnalysis } from '../intelligence/analyse-article'
import { intelligenceKey } from '../intelligence/installed-intelligence'
import { derivedTerms, queryWords } from './bm25'
import type { DocumentTexts, TextSpan } from './document-texts'
import type { Clause, QueryTerm } from '../../common/text/query'
import { BREAK, type DocumentWords } from './document-words'
import { InvertedIndex } from './inverted-index'
import { splitReadings } from './split-readings'
import { TermDictionary } from './term-dictionary'
import type { CorrectedHeader } from './plan-sync'
import { checkedInRow, hasEveryRun } from './word-runs'

const MIN_PREFIX = 2
/** A word matching more term ids than this (a short prefix) is not looked up to narrow the split readings' scan. */
const CANDIDATE_TERMS = 64

/** Field boosts, in the order the fields are given to the postings: title, body. */
export const ARTICLE_BOOSTS = [2, 1]

export interface IndexedDocument {
  id: string
  /** Content hash: a document whose hash changed is indexed again. */
  hash: string
  /** Absolute path, for snippets. */
  file: string
  /** Absolute path of its library folder: the file is read only if it really lies inside it. */
  folder: string
  /** The user's corrections of the header (main/corrections), indexed instead of the parser's. */
  header?: CorrectedHeader
}

/** Ranked ids, best first, and their scores. */
export interface Ranked {
  ids: string[]
  scores: number[]
}

export class ShardIndex {
  constructor(
    readonly postings = new InvertedIndex(ARTICLE_BOOSTS),
    readonly documents = new Map<string, IndexedDocument>(),
    readonly sequences = new Map<string, Uint32Array>(),
    readonly dictionary = new TermDictionary(),
    /** Where each document's title and blocks lie in `texts`. */
    public spans = new Map<string, TextSpan>(),
    public texts: DocumentTexts | null = null,
    /** Each document's citations and themes, under the data they were made with. */
    public analyses = new AnalysisIndex(intelligenceKey())
  ) {}

  /** `texts`: the title, then the blocks, as `words` was read from. */
  add(document: IndexedDocument, words: DocumentWords, texts: readonly string[], analysis?: ArticleAnalysis): void {
    this.remove(document.id)
    if (analysis) this.analyses.put(document.id, analysis)
    this.postings.add(document.id, [this.termIds(words.title), this.termIds(words.body)])
    this.documents.set(document.id, document)
    this.sequences.set(document.id, this.dictionary.encode(words.sequence))
    if (this.texts) this.spans.set(document.id, this.texts.append(texts, words.bounds, wordCounts(words.sequence)))
  }

  remove(id: string): void {
    if (!this.documents.has(id)) return
    this.postings.remove(id)
    this.documents.delete(id)
    this.sequences.delete(id)
    this.spans.delete(id)
    this.analyses.remove(id)
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
  rank(alternatives: Clause[][]): Ranked {
    // Scores by document number: the best of the alternatives a document matches.
    const best = new Float64Array(this.postings.capacity)
    const found = new Uint8Array(this.postings.capacity)
    const docs: number[] = []
    for (const clauses of alternatives) {
      const { docs: matched, scores } = this.rankOne(clauses)
      const quality = queryWords(clauses).size
      for (const doc of matched) {
        const score = (scores[doc] as number) * quality
        if (found[doc] === 0) docs.push(doc)
        if (found[doc] === 0 || score > (best[doc] as number)) best[doc] = score
        found[doc] = 1
      }
    }
    const ranked = Uint32Array.from(docs).sort((a, b) => (best[b] as number) - (best[a] as number) || a - b)
    const ids = Array.from(ranked, (doc) => this.postings.idAt(doc))
    const scores = Array.from(ranked, (doc) => best[doc] as number)
    const recovered = this.recover(alternatives, found)
    const lowest = (scores.at(-1) ?? 1) / 2
    return { ids: [...ids, ...recovered], scores: [...scores, ...recovered.map(() => lowest)] }
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
  private recover(alternatives: Clause[][], found: Uint8Array): string[] {
    const readings = splitReadings(alternatives, this.dictionary).map((clauses) =>
      clauses.map((clause) =>
        clause.terms.map((term) =>
          this.dictionary.matching({ term: term.term, prefix: clause.phrase ? term.prefix : this.asPrefix(term) })
        )
      )
    )
    const possible = readings.filter((runs) => runs.every((run) => run.every((ids) => ids.size > 0)))
    if (possible.length === 0) return []
    const candidates = this.candidates(possible)
    const recovered: string[] = []
    if (!candidates) {
      for (const [id, sequence] of this.sequences) {
        if (found[this.postings.numberOf(id) ?? -1] !== 1 && possible.some((runs) => hasEveryRun(sequence, runs)))
          recovered.push(id)
      }
      return recovered
    }
    for (const doc of candidates) {
      if (found[doc] === 1) continue
      const id = this.postings.idAt(doc)
      const sequence = this.sequences.get(id)
      if (sequence && possible.some((runs) => hasEveryRun(sequence, runs))) recovered.push(id)
    }
    return recovered
  }

  /**
   * The documents that may hold a run of some reading, by document number (the order the sequences
   * were added in): those with a word of each of its smaller sets of term ids, from the postings,
   * so that only their sequences are read. Null when a reading has no set small enough to look up.
   */
  private candidates(readings: Set<number>[][][]): number[] | null {
    const docs = new Set<number>()
    for (const runs of readings) {
      const sets = runs.flat().filter((ids) => ids.size <= CANDIDATE_TERMS)
      if (sets.length === 0) return null
      const words = sets.map((ids) => [...ids].map((id): [number, number] => [id, 1]))
      for (const doc of this.postings.matchAll(words).docs) docs.add(doc)
    }
    return [...docs].sort((a, b) => a - b)
  }

  private rankOne(clauses: Clause[]): { docs: number[]; scores: Float64Array } {
    // One flat AND query over every word; each word says for itself whether it is a prefix.
    const terms = clauses.flatMap((clause) =>
      clause.terms.map((term) =>
        derivedTerms(this.dictionary, term.term, clause.phrase ? term.prefix : this.asPrefix(term))
      )
    )
    const matched = this.postings.matchAll(terms)
    const checked = clauses.filter(checkedInRow)
    if (checked.length === 0) return matched
    const wanted = checked.map((clause) =>
      clause.terms.map((term) =>
        this.dictionary.matching(clause.phrase ? term : { term: term.term, prefix: this.asPrefix(term) })
      )
    )
    const empty = new Uint32Array()
    const docs = matched.docs.filter((doc) => hasEveryRun(this.sequences.get(this.postings.idAt(doc)) ?? empty, wanted))
    return { docs, scores: matched.scores }
  }

  /** Term ids and counts of one field's indexed forms. */
  private termIds(counts: Map<string, number>): Map<number, number> {
    const ids = new Map<number, number>()
    for (const [term, count] of counts) if (term) ids.set(this.dictionary.idOf(term), count)
    return ids
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

/** Words per block of a sequence whose blocks each end with a BREAK. */
function wordCounts(sequence: readonly string[]): number[] {
  const counts: number[] = []
  let count = 0
  for (const word of sequence) {
    if (word !== BREAK) count++
    else {
      counts.push(count)
      count = 0
    }
  }
  return counts
}
