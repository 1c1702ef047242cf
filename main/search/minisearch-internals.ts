// Two things done inside MiniSearch, for speed at 10,000 articles.
//
// Saving: its postings as typed arrays. Its JSON form reloads at about a microsecond per posting,
// most of it parsing and collecting millions of short-lived objects: over 2 s for 10,000 articles
// here, against a 1 s relaunch target. Postings are numbers, so they are saved as one Uint32Array
// and each term's maps are built from it when a query first needs them (LazyPostings).
//
// This reaches internals of MiniSearch: `_index`, a SearchableMap from term to
// Map<fieldId, Map<shortDocumentId, termFrequency>> (the shape its own loadJS fills), and, to add
// counted words, `_idToShortId` and `_fieldIds`. The version is pinned in package.json and
// minisearch-internals.test.ts checks each against MiniSearch's own results.
import MiniSearch, { type Options } from 'minisearch'
import type SearchableMap from 'minisearch/SearchableMap'
import { LazyPostings } from './lazy-postings'

type Postings = Map<number, Map<number, number>>
interface MiniSearchInternals {
  _index: SearchableMap<Postings>
  _idToShortId: Map<string, number>
  _fieldIds: Record<string, number>
}

/**
 * Adds a document given each field's words with their counts, as `add` would with every
 * occurrence: MiniSearch is given each word once (its field length counts distinct words anyway)
 * and the counts are then set in place. `add` looks every occurrence up in its radix tree; this
 * does a third of the lookups, and indexing is a tenth faster. `joined` turns a field's distinct
 * words into the text the index's tokeniser splits back.
 */
export function addWithCounts(
  search: MiniSearch,
  id: string,
  fields: Record<string, Map<string, number>>,
  joined: (words: string[]) => string
): void {
  search.add({
    id,
    ...Object.fromEntries(Object.entries(fields).map(([field, counts]) => [field, joined([...counts.keys()])]))
  })
  const internals = search as unknown as MiniSearchInternals
  const shortId = internals._idToShortId.get(id) as number
  for (const [field, counts] of Object.entries(fields)) {
    const fieldId = internals._fieldIds[field] as number
    for (const [term, count] of counts) if (count > 1) internals._index.get(term)?.get(fieldId)?.set(shortId, count)
  }
}

export interface EncodedIndex {
  /** MiniSearch's own JSON, without the postings: document ids, field lengths, counts. */
  meta: Record<string, unknown>
  terms: string[]
  /** [entry count, then per entry (term index, field id, posting count), then (doc, tf) pairs]. */
  postings: Uint32Array
}

export function encodeIndex(search: MiniSearch): EncodedIndex {
  const { index, ...meta } = search.toJSON()
  void index
  const terms: string[] = []
  const entries: number[] = []
  let pairs = 0
  for (const [term, fields] of (search as unknown as MiniSearchInternals)._index) {
    for (const [fieldId, frequencies] of fields) {
      entries.push(terms.length, fieldId, frequencies.size)
      pairs += frequencies.size
    }
    terms.push(term)
  }
  const postings = new Uint32Array(1 + entries.length + pairs * 2)
  postings[0] = entries.length / 3
  postings.set(entries, 1)
  let at = 1 + entries.length
  for (const [, fields] of (search as unknown as MiniSearchInternals)._index) {
    for (const [, frequencies] of fields) {
      for (const [documentId, frequency] of frequencies) {
        postings[at++] = documentId
        postings[at++] = frequency
      }
    }
  }
  return { meta, terms, postings }
}

export function decodeIndex<T>({ meta, terms, postings }: EncodedIndex, options: Options<T>): MiniSearch<T> {
  const search = MiniSearch.loadJS<T>(
    { ...meta, index: [] } as unknown as Parameters<typeof MiniSearch.loadJS>[0],
    options
  )
  const index = (search as unknown as MiniSearchInternals)._index
  const entryCount = postings[0] ?? 0
  let at = 1 + entryCount * 3
  let fields: Array<[fieldId: number, count: number, offset: number]> = []
  let currentTerm = -1
  for (let entry = 0; entry < entryCount; entry++) {
    const termIndex = postings[1 + entry * 3] as number
    const fieldId = postings[2 + entry * 3] as number
    const count = postings[3 + entry * 3] as number
    if (termIndex !== currentTerm) {
      fields = []
      currentTerm = termIndex
      index.set(terms[termIndex] as string, new LazyPostings(postings, fields))
    }
    fields.push([fieldId, count, at])
    at += count * 2
  }
  if (at !== postings.length) throw new Error('The saved search index is truncated.')
  return search
}
