// Citations and themes made again under other data (the user edited the ontology, or a saved shard
// was analysed under another), from the texts kept beside the shard: every document keeps its
// postings and word sequence, since neither depends on the ontology. One thing in the postings
// does: the number terms of documents an article names only in Thai (cited-document-terms.ts). A
// document whose terms would change, or that cannot be re-read from its kept text (analysed before
// its basis was kept, say), is marked stale instead, and the next sync indexes it again.
import { STALE_HASH } from '../search/stale-entries'
import type { ShardIndex } from '../search/shard-index'
import { analyseArticle, type IntelligenceData } from './analyse-article'
import { basisOf } from './analysis-basis'
import { AnalysisIndex } from './analysis-index'
import { addCitedDocumentTerms } from './cited-document-terms'
import { keptArticle } from './kept-article'
import { packedBasis, unpackAnalysis } from './packed-analysis'
import type { Citation } from '../../common/model/intelligence-types'

export interface Redetected {
  /** Documents analysed again in place. */
  reanalysed: number
  /** Documents marked stale (their ids): the next sync reads and indexes them again. */
  stale: string[]
}

/** Analyses `index` again under `data` (null: no analysis) named by `key`; nothing if it is analysed under `key` already. */
export function redetectShard(index: ShardIndex, data: IntelligenceData | null, key: string): Redetected {
  const before = index.analyses
  if (before.key === key) return { reanalysed: 0, stale: [] }
  const after = new AnalysisIndex(key)
  const stale: string[] = []
  let reanalysed = 0
  for (const [id, document] of index.documents) {
    if (document.hash === STALE_HASH) continue // indexed again at the next sync anyway
    const packed = before.packed.get(id)
    const basis = packed === undefined ? null : packedBasis(packed)
    const kept = basis && keptArticle(index, id, basis)
    const analysis = kept && data ? analyseArticle(kept.article, data, kept.segments, kept.titleSegments) : undefined
    if (analysis && kept) after.put(id, { ...analysis, basis: basisOf(kept.article) })
    if (kept && sameTerms(citedTerms(packed), analysis?.citations ?? [])) reanalysed++
    else {
      index.documents.set(id, { ...document, hash: STALE_HASH })
      stale.push(id)
    }
  }
  index.analyses = after
  return { reanalysed, stale }
}

/** The number terms a packed analysis added to its document's postings. */
function citedTerms(packed: string | undefined): Map<string, number> {
  const terms = new Map<string, number>()
  if (packed === undefined) return terms
  const { citations } = unpackAnalysis(packed, { texts: [], ontologyVersion: '', document: () => null })
  addCitedDocumentTerms(terms, citations)
  return terms
}

function sameTerms(was: Map<string, number>, citations: readonly Citation[]): boolean {
  const now = new Map<string, number>()
  addCitedDocumentTerms(now, citations)
  if (now.size !== was.size) return false
  for (const [term, count] of now) if (was.get(term) !== count) return false
  return true
}
