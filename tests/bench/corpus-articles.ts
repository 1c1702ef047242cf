// A generated corpus's files as the search engine syncs them: an id from the file name (as the
// library derives one), the content hash, the file and its folder.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SearchableArticle } from '../../main/search/plan-sync'

export function corpusArticles(corpus: string): SearchableArticle[] {
  return readdirSync(corpus)
    .sort()
    .map((name) => ({
      id: `a${createHash('sha1').update(name).digest('hex').slice(0, 16)}`,
      hash: createHash('sha256')
        .update(readFileSync(join(corpus, name)))
        .digest('hex'),
      file: join(corpus, name),
      folder: corpus
    }))
}
