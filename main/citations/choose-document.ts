// Which known document a citation means, when its code or Thai reference has candidates. Party
// numbers restart each term, so `18-NQ/TW` names the 2017 apparatus resolution and the 2022 land
// resolution; the evidence, strongest first: only one was issued by the article's date; the date
// or term written beside the citation; the subject of the citing paragraphs (the words of one
// title, or a theme of the article that the document belongs to). Without evidence, no choice:
// a wrong document is worse than none.
import { contentWords, type IndexedDocument } from './known-documents'
import { dateClues, matchesClues } from './date-clues'

export interface ArticleDate {
  /** `YYYY-MM-DD`, or null. */
  date: string | null
  year: number | null
}

export interface CitingContext {
  /** The citing sentences, where a date or term beside the citation is written. */
  sentences: string[]
  /** The paragraphs that cite it: their words say what the document is about. */
  paragraphs: string[]
  /** Their content words (contentWords), when the caller has them cut already. */
  paragraphWords?: () => Set<string>
  article: ArticleDate
  /** Known-document keys of the themes the article is about. */
  themeDocuments?: ReadonlySet<string>
}

export interface Choice {
  doc: IndexedDocument
  by: 'unique' | 'date' | 'context'
}

export function chooseDocument(candidates: readonly IndexedDocument[], context: CitingContext): Choice | null {
  const unique = only(candidates)
  if (unique) return { doc: unique, by: 'unique' }
  if (candidates.length === 0) return null
  const issued = issuedBy(candidates, context.article)
  const onlyIssued = only(issued)
  if (onlyIssued) return { doc: onlyIssued, by: 'date' }
  const pool = issued.length > 0 ? issued : candidates
  for (const text of [context.sentences.join(' '), context.paragraphs.join(' ')]) {
    const clues = dateClues(text)
    const dated = only(pool.filter((doc) => matchesClues(doc, clues)))
    if (dated) return { doc: dated, by: 'date' }
  }
  const words = context.paragraphWords?.() ?? contentWords(context.paragraphs.join('\n'))
  const bySubject = bestBySubject(pool, words, context.themeDocuments)
  return bySubject ? { doc: bySubject, by: 'context' } : null
}

/** The documents issued on or before the article's date (all of them when it has none). */
function issuedBy(candidates: readonly IndexedDocument[], article: ArticleDate): IndexedDocument[] {
  if (article.date) return candidates.filter((doc) => doc.date <= article.date!)
  if (article.year) return candidates.filter((doc) => Number(doc.date.slice(0, 4)) <= article.year!)
  return [...candidates]
}

/** The one document whose subject the paragraphs share more than any other's: a title word
 * such as `ที่ดิน` (land) beside `มติที่ 18` settles it, or a theme of the article. The words of
 * the whole article are no guide: any article on administration shares a few with any title. */
function bestBySubject(
  pool: readonly IndexedDocument[],
  words: Set<string>,
  themeDocuments: ReadonlySet<string> | undefined
): IndexedDocument | null {
  const scored = pool
    .map((doc) => {
      let score = themeDocuments?.has(doc.key) ? 2 : 0
      for (const word of doc.titleWords) if (words.has(word)) score += 1
      return { doc, score }
    })
    .sort((a, b) => b.score - a.score)
  const [best, second] = scored
  return best && second && best.score > second.score ? best.doc : null
}

function only<T>(list: readonly T[]): T | null {
  return list.length === 1 ? list[0]! : null
}
