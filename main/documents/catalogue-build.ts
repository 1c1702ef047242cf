// The catalogue built from every article's citations in brief (shard-citations.ts): one entry per
// document cited, with its citing articles and their months, after the user's verdicts. A verdict
// moves a citation to the document the user chose, or ("not this document") to its code's entry or
// the unresolved Thai references. Pure and linear in the citations: about 30 ms at 10,000 articles.
import type { KnownDocument } from '../../common/model/intelligence-data'
import {
  CERTAIN_CONFIDENCE,
  citationDecisionId,
  citationName,
  type CitationDecision,
  type DocumentEntry
} from '../../common/model/documents'
import type { CitationBrief, CitationDigest } from './shard-citations'

/** One article's citation as it counts now. */
export interface CountedCitation {
  articleId: string
  name: string
  brief: CitationBrief
  decision: CitationDecision | null
  doubtful: boolean
}

export interface Catalogue {
  entries: Map<string, DocumentEntry>
  /** Each entry's citations, by entry id. */
  citing: Map<string, CountedCitation[]>
  /** Every citation, by `${articleId} ${name}`: what detection said. */
  briefs: Map<string, CitationBrief>
}

export interface CatalogueSources {
  digest: CitationDigest
  known: ReadonlyMap<string, KnownDocument>
  decisions: ReadonlyMap<string, CitationDecision>
  /** An article's date (`YYYY-MM-DD`), or null. */
  dateOf: (articleId: string) => string | null
}

export function buildCatalogue({ digest, known, decisions, dateOf }: CatalogueSources): Catalogue {
  const citing = new Map<string, CountedCitation[]>()
  const briefs = new Map<string, CitationBrief>()
  const entries = new Map<string, DocumentEntry>()
  for (const [articleId, citations] of digest)
    for (const brief of citations) {
      const name = citationName({ id: brief[0], kind: brief[1], number: brief[2] })
      briefs.set(citationDecisionId(articleId, name), brief)
      const decision = decisions.get(citationDecisionId(articleId, name)) ?? null
      const key = decision ? decision.document : brief[4]
      const entryId = key ?? brief[0] ?? name
      if (!entries.has(entryId)) entries.set(entryId, emptyEntry(entryId, key ? known.get(key) : undefined, brief))
      const doubtful = !decision && brief[4] !== null && brief[6] < CERTAIN_CONFIDENCE
      const list = citing.get(entryId)
      const counted = { articleId, name, brief, decision, doubtful }
      if (list) list.push(counted)
      else citing.set(entryId, [counted])
    }
  for (const [id, list] of citing) countArticles(entries.get(id) as DocumentEntry, list, dateOf)
  return { entries, citing, briefs }
}

function emptyEntry(id: string, doc: KnownDocument | undefined | null, brief: CitationBrief): DocumentEntry {
  const [code, kind, number, issuer] = brief
  const common = { articles: 0, doubtful: 0, months: [], undated: 0 }
  if (doc)
    return {
      id,
      code: doc.id,
      kind: doc.kind,
      number,
      issuer: doc.issuer,
      issuerName: doc.issuerName,
      term: doc.term,
      date: doc.date,
      title: doc.title.th ?? doc.title.en,
      state: 'known',
      ...common
    }
  const state = code ? 'unknown-code' : 'unresolved'
  return { id, code, kind, number, issuer, issuerName: null, term: null, date: null, title: null, state, ...common }
}

function countArticles(entry: DocumentEntry, list: CountedCitation[], dateOf: (id: string) => string | null): void {
  const months = new Map<string, number>()
  const seen = new Set<string>()
  for (const { articleId, doubtful } of list) {
    if (doubtful) entry.doubtful++
    if (seen.has(articleId)) continue
    seen.add(articleId)
    const date = dateOf(articleId)
    if (date && /^\d{4}-\d{2}/.test(date)) {
      const month = date.slice(0, 7)
      months.set(month, (months.get(month) ?? 0) + 1)
    } else entry.undated++
  }
  entry.articles = seen.size
  entry.months = [...months].sort((a, b) => (a[0] < b[0] ? -1 : 1))
}
