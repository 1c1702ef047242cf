// The documents view's methods: the catalogue of cited documents, one document's citing
// sentences, the review list, and the user's verdicts on resolutions (checked against what the
// catalogue holds, stored with the annotations). The About tab's analysis and the citing-articles
// lookup honour the verdicts. A host without the catalogue answers from detection alone.
import { ApiError } from '../../common/errors/api-error'
import type { CitationDecision } from '../../common/model/documents'
import type { AnnotationService } from '../annotations/annotation-service'
import { citationReview, documentCitations, type SentenceDeps } from '../documents/citing-sentences'
import { honourVerdicts } from '../documents/honour-verdicts'
import type { SearchEngine } from '../search/search-engine'
import type { ApiHandlers } from './dispatch'

export interface DocumentDeps extends SentenceDeps {
  decisions: () => ReadonlyMap<string, CitationDecision>
}

type DocumentMethods =
  | 'listDocuments'
  | 'getDocumentCitations'
  | 'decideCitations'
  | 'listCitationReview'
  | 'getArticleAnalysis'
  | 'listCitingArticles'

export function documentHandlers(
  documents: DocumentDeps | undefined,
  annotations: Pick<AnnotationService, 'decideCitations'>,
  search: Pick<SearchEngine, 'articleAnalysis' | 'citingArticles'>
): Pick<ApiHandlers, DocumentMethods> {
  const deps = async () =>
    documents ?? Promise.reject(new ApiError('failed', 'The documents view is not available here.'))
  return {
    listDocuments: async ({ sort }) => (await deps()).catalogue.list(sort),
    getDocumentCitations: async ({ document }) => documentCitations(await deps(), document),
    listCitationReview: async ({ filter, document }) => citationReview(await deps(), filter, document),
    decideCitations: async ({ decisions }) => {
      const { catalogue } = await deps()
      // Read before the transaction, which must not wait.
      const suggestions = new Map<string, Awaited<ReturnType<typeof catalogue.suggestion>>>()
      for (const { articleId, citation } of decisions)
        suggestions.set(`${articleId} ${citation}`, await catalogue.suggestion(articleId, citation))
      return annotations.decideCitations(decisions, {
        suggestion: (articleId, citation) => suggestions.get(`${articleId} ${citation}`),
        isKnown: (key) => catalogue.known.has(key)
      })
    },
    getArticleAnalysis: async ({ id }) => {
      const analysis = await search.articleAnalysis(id)
      return documents ? honourVerdicts(id, analysis, documents.decisions(), documents.catalogue.known) : analysis
    },
    listCitingArticles: async ({ document }) => ({
      articles: documents ? await documents.catalogue.citingArticles(document) : await search.citingArticles(document)
    })
  }
}
