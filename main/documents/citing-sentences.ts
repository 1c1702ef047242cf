// A document's citing articles with their sentences, and the review list of doubtful resolutions:
// the catalogue says which articles' citations count, the library gives their headers, and the
// workers read the sentences back from the texts they keep (one request per shard).
import type { ArticleSummary } from '../../common/model/article-types'
import type {
  CitationReview,
  CitationReviewRow,
  CitingArticle,
  DocumentCitations,
  KnownDocumentChoice,
  ReviewFilter
} from '../../common/model/documents'
import { headersFor } from '../passages/article-header'
import type { CountedCitation } from './catalogue-build'
import type { DocumentCatalogue } from './document-catalogue'
import type { CitationSentences, SentenceRequest } from './shard-citations'

export interface SentenceDeps {
  catalogue: DocumentCatalogue
  sentences: (requests: SentenceRequest[]) => Promise<CitationSentences[]>
  summaries: (ids: string[]) => ArticleSummary[]
}

/** The review list shows at most this many rows (the total says how many more there are). */
export const REVIEW_LIMIT = 2000

export async function documentCitations(deps: SentenceDeps, document: string): Promise<DocumentCitations> {
  const { entry, citing } = await deps.catalogue.entry(document)
  return { document: entry, articles: await citingArticles(deps, citing), known: knownChoices(deps.catalogue) }
}

export async function citationReview(
  deps: SentenceDeps,
  filter: ReviewFilter,
  document?: string
): Promise<CitationReview> {
  const { citing } = await deps.catalogue.current()
  const wanted = (document === undefined ? [...citing.values()].flat() : (citing.get(document) ?? [])).filter((c) =>
    filter === 'undecided' ? c.doubtful : filter === 'decided' ? c.decision !== null : c.doubtful || c.decision
  )
  const rows = await citingArticles(deps, wanted.slice(0, REVIEW_LIMIT))
  const byKey = new Map(wanted.map((c) => [`${c.articleId} ${c.name}`, c]))
  return {
    rows: rows.map((row): CitationReviewRow => {
      const counted = byKey.get(`${row.article.id} ${row.citation}`)
      const suggested = counted?.brief[4] ?? null
      return { ...row, suggested, document: counted?.decision ? counted.decision.document : suggested }
    }),
    total: wanted.length,
    known: knownChoices(deps.catalogue)
  }
}

/** Newest article first; each with its distinct citing sentences. */
async function citingArticles(deps: SentenceDeps, citing: CountedCitation[]): Promise<CitingArticle[]> {
  const requests = new Map<string, string[]>()
  for (const { articleId, name } of citing) requests.set(articleId, [...(requests.get(articleId) ?? []), name])
  const [answers, headers] = [
    await deps.sentences([...requests].map(([id, citations]) => ({ id, citations }))),
    headersFor(requests.keys(), deps.summaries)
  ]
  const sentences = new Map(answers.map((answer) => [`${answer.id} ${answer.citation}`, answer.sentences]))
  return citing
    .map(({ articleId, name, brief, decision, doubtful }) => ({
      article: headers.get(articleId) ?? {
        id: articleId,
        title: '',
        titleDerived: false,
        outlet: null,
        date: null,
        inLibrary: false
      },
      citation: name,
      code: brief[0],
      confidence: brief[6],
      by: brief[5],
      doubtful,
      decision,
      sentences: sentences.get(`${articleId} ${name}`) ?? []
    }))
    .sort(
      (a, b) => (b.article.date ?? '').localeCompare(a.article.date ?? '') || a.article.id.localeCompare(b.article.id)
    )
}

function knownChoices(catalogue: DocumentCatalogue): KnownDocumentChoice[] {
  return [...catalogue.known.values()]
    .map((doc) => ({ key: doc.key, code: doc.id, date: doc.date, title: doc.title.th ?? doc.title.en }))
    .sort((a, b) => a.code.localeCompare(b.code) || a.date.localeCompare(b.date))
}
