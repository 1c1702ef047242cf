// A search worker's answers about its shard's analyses: one article's citations and themes (their
// texts read back from the text kept beside the shard), the articles citing a document, and the
// articles carrying a theme.
import type { ShardIndex } from '../search/shard-index'
import type { IndexedAnalysis, ThemeCarrier } from '../../common/model/intelligence-types'
import { installedIntelligence } from './installed-intelligence'
import { unpackAnalysis } from './packed-analysis'

export function analysisHandlers(shard: () => ShardIndex) {
  return {
    /** Null when the article is not in this shard or was indexed without analysis. */
    articleAnalysis: ({ id }: { id: string }): IndexedAnalysis | null => {
      const index = shard()
      const packed = index.analyses.packed.get(id)
      const span = index.spans.get(id)
      const kept = span ? index.texts?.blocks(span) : null
      const document = index.documents.get(id)
      if (packed === undefined || !kept || !document) return null
      const texts = Array.from({ length: kept.count }, (_, k) => kept.block(k)?.text ?? '')
      const known = installedIntelligence()?.known
      const analysis = unpackAnalysis(packed, {
        texts,
        ontologyVersion: installedIntelligence()?.ontology.version ?? '',
        document: (key) => {
          const doc = known?.byKey.get(key)
          return doc ? { title: doc.title.th ?? doc.title.en, date: doc.date, term: doc.term } : null
        }
      })
      // Shortened as ArticleSummary.contentHash is, so the reader can tell a stale analysis by it.
      return { ...analysis, contentHash: document.hash.slice(0, 16) }
    },
    citingArticles: ({ name }: { name: string }): string[] => shard().analyses.citingDocuments(name),
    themeCarriers: ({ theme, limit }: { theme: string; limit: number }): { carriers: ThemeCarrier[]; total: number } =>
      shard().analyses.carriers(theme, limit)
  }
}
