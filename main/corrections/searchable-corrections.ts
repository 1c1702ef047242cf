// The search index's feed with the user's corrections: a corrected title or outlet is what the
// article is found by (the parser's reading is not), and a change of correction re-indexes that
// article alone. The index re-reads a document when its hash changes (plan-sync.ts), so the
// correction's values join the content hash after it; the content hash stays first, as the
// analyses' `contentHash` (its first 16 characters) is compared with the library's.
import { createHash } from 'node:crypto'
import type { SearchableArticle } from '../search/plan-sync'
import type { CorrectionLookup } from './apply-corrections'

export function withCorrections(articles: SearchableArticle[], lookup: CorrectionLookup): SearchableArticle[] {
  return articles.map((article) => {
    const fields = lookup(article.id)?.fields
    const header = fields && {
      title: fields.title?.value ?? null,
      outlet: fields.outlet?.value ?? null,
      date: fields.date?.value ?? null
    }
    if (!header || (header.title ?? header.outlet ?? header.date) === null) return article
    const stamp = createHash('sha1').update(JSON.stringify(header)).digest('hex').slice(0, 12)
    return { ...article, hash: `${article.hash}+${stamp}`, header }
  })
}
