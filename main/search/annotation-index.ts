// Notes and highlighted quotes, searchable beside the articles. Saved with the search shards
// (notes-file.ts) and stamped with the store's generation, so a launch need not read every
// annotation shard of the store to rebuild it; brought up to date by changes as they happen.
// Ranked by the same inverted index and BM25+ as the articles (inverted-index.ts). The notes of a
// loaded index stay in its typed arrays (kept-notes.ts), found by each document's tag in the
// postings (its number in the file); only notes put since are held as objects.
import { bestFirst } from './best-first'
import { derivedTerms, queryWords } from './bm25'
import { BREAK } from './document-words'
import { InvertedIndex } from './inverted-index'
import type { KeptNotes } from './kept-notes'
import { wordsOf, type Clause, type QueryTerm } from '../../common/text/query'
import type { AnnotationHit } from '../../common/model/search-types'
import { makeSnippet } from './snippet'
import { TermDictionary } from './term-dictionary'
import { tokenize } from '../../common/text/tokenize'
import { checkedInRow, hasRun } from './word-runs'
import { QueryScratch } from './query-scratch'
import type { SearchableAnnotation } from './searchable-annotation'

/** Field boosts, in the order the fields are given to the postings: note, quote. */
export const NOTE_BOOSTS = [1.5, 1]

/** An annotation with its words as term ids, note then BREAK then quote: phrases are checked on them, not by segmenting again. */
export interface IndexedAnnotation {
  annotation: SearchableAnnotation
  sequence: Uint32Array
}

export class AnnotationIndex {
  /** Annotations put since the index was loaded (tagged -1 in the postings). */
  private readonly added = new Map<string, IndexedAnnotation>()
  /** Reused by every query: scores, and which alternatives each note matched (as bits). */
  private readonly scratch = new QueryScratch((size) => new Uint32Array(size))
  private edits = 0

  constructor(
    readonly postings = new InvertedIndex(NOTE_BOOSTS),
    /** The loaded notes, by their number in the file: the postings' tags. */
    private readonly kept: KeptNotes | null = null,
    readonly dictionary = new TermDictionary()
  ) {}

  /** Counts puts and removals: a save can tell whether the index changed while it was written. */
  get version(): number {
    return this.edits
  }

  put(annotation: SearchableAnnotation): void {
    this.remove(annotation.id)
    this.edits++
    const note = wordsOf(tokenize(annotation.note))
    const quote = wordsOf(tokenize(annotation.quote))
    // Every form of every word (exact and folded), counted.
    const counted = (words: typeof note) => {
      const counts = new Map<number, number>()
      for (const word of words) {
        // A domain word's pieces too (document-words.ts), so a search for one finds the note.
        for (const form of word.parts ? [...word.forms, ...word.parts] : word.forms) {
          if (!form) continue
          const id = this.dictionary.idOf(form)
          counts.set(id, (counts.get(id) ?? 0) + 1)
        }
      }
      return counts
    }
    this.postings.add(annotation.id, [counted(note), counted(quote)])
    const exact = (words: typeof note) => words.map((word) => word.forms[0] ?? '')
    const sequence = this.dictionary.encode([...exact(note), BREAK, ...exact(quote)])
    this.added.set(annotation.id, { annotation, sequence })
  }

  remove(id: string): void {
    if (!this.postings.remove(id)) return
    this.added.delete(id)
    this.edits++
  }

  get size(): number {
    return this.postings.size
  }

  /** Lets go of the loaded notes' texts file: call when the index is replaced. */
  close(): void {
    this.kept?.close()
  }

  /** Every annotation held, in document order. */
  all(): IndexedAnnotation[] {
    return this.postings.documents().flatMap((doc) => this.at(doc) ?? [])
  }

  private at(doc: number): IndexedAnnotation | undefined {
    const slot = this.postings.tagAt(doc)
    const id = this.postings.idAt(doc)
    if (slot < 0 || !this.kept) return this.added.get(id)
    return { annotation: this.kept.annotation(slot, id), sequence: this.kept.sequence(slot) }
  }

  find(alternatives: Clause[][], limit: number): AnnotationHit[] {
    const clauses = [...new Set(alternatives.flat())]
    if (clauses.length === 0 || this.size === 0) return []
    // As for articles (ShardIndex.asPrefix): a word typed alone is a prefix only while it is not yet a word of the
    // index, or `การ` would pull in every note with a longer word starting with it.
    const prefix = (clause: Clause, term: QueryTerm) =>
      term.prefix && (clause.phrase || (term.term.length >= 2 && !this.dictionary.isWord(term.term)))
    // Each alternative is an AND of its words; a note matching several has their scores summed, times the
    // distinct query words of those alternatives (which alternatives, as bits: at most 32 are counted).
    const { scores, marks: which } = this.scratch.take(this.postings.capacity)
    const docs: number[] = []
    alternatives.forEach((list, k) => {
      const words = list.flatMap((clause) =>
        clause.terms.map((term) => derivedTerms(this.dictionary, term.term, prefix(clause, term)))
      )
      const matched = this.postings.matchAll(words)
      for (const doc of matched.docs) {
        if (which[doc] === 0) docs.push(doc)
        which[doc] = (which[doc] as number) | (1 << Math.min(k, 31))
        scores[doc] = (scores[doc] as number) + (matched.scores[doc] as number)
      }
    })
    const qualities = new Map<number, number>()
    for (const doc of docs) {
      const mask = which[doc] as number
      let quality = qualities.get(mask)
      if (quality === undefined) {
        quality = queryWords(alternatives.filter((_, k) => (mask & (1 << Math.min(k, 31))) !== 0).flat()).size
        qualities.set(mask, quality)
      }
      scores[doc] = (scores[doc] as number) * quality
    }
    // Term ids once per query: every word a clause may match, and each phrase as a run of them.
    const runs = new Map(clauses.map((clause) => [clause, clause.terms.map((term) => this.dictionary.matching(term))]))
    const anyWord = new Set([...runs.values()].flatMap((run) => run.flatMap((ids) => [...ids])))
    const checked = new Set(clauses.filter(checkedInRow))
    const hits: AnnotationHit[] = []
    for (const doc of bestFirst(docs, scores)) {
      const held = this.at(doc)
      if (!held) continue
      const { annotation, sequence } = held
      if (
        !alternatives.some((list) =>
          list.every((clause) => !checked.has(clause) || hasRun(sequence, runs.get(clause) ?? []))
        )
      )
        continue
      // Words may be spread over note and quote; show the field that has a hit, the note first.
      const noteEnd = sequence.indexOf(0)
      const inNote = sequence.subarray(0, noteEnd < 0 ? sequence.length : noteEnd).some((id) => anyWord.has(id))
      const field = inNote || !annotation.quote ? 'note' : 'quote'
      const text = annotation[field]
      const snippet = makeSnippet([text], alternatives) ?? { text, marks: [] }
      hits.push({
        annotationId: annotation.id,
        articleId: annotation.articleId,
        field,
        snippet,
        score: scores[doc] as number
      })
      if (hits.length >= limit) break
    }
    return hits
  }
}
