// An article that names a document only in Thai (`มติที่ 57`, resolved to 57-NQ/TW) is found by a
// search for the document's number, as one that writes the code is: the index counts the code's
// terms for each Thai mention of a resolved citation.
import type { Citation } from '../../common/model/intelligence-types'
import { DOCUMENT_NUMBER, documentToken } from '../../common/text/document-number'

/** Adds to `counts` (the document's body terms) the number terms of its resolved Thai mentions. */
export function addCitedDocumentTerms(counts: Map<string, number>, citations: readonly Citation[]): void {
  for (const citation of citations) {
    const thai = citation.mentions.filter((mention) => mention.form === 'thai').length
    if (!citation.id || thai === 0) continue
    for (const match of citation.id.matchAll(DOCUMENT_NUMBER)) {
      const { canonical, short } = documentToken(match)
      for (const term of short ? [canonical, short] : [canonical]) counts.set(term, (counts.get(term) ?? 0) + thai)
    }
  }
}
