// Every place an article names a document, in text order: codes first, then the Thai references
// outside them. Offsets are into the article's text (blocks joined as annotations see them).
import type { ArticleBlock } from '../../common/model/article-types'
import type { WordSegment } from '../../common/text/domain-words'
import type { CitationMention } from '../../common/model/intelligence-types'
import { blockStarts } from '../../common/text/article-text'
import { DOCUMENT_CODE, type DocumentCode, readDocumentCode } from './document-codes'
import { sentenceAround } from './sentence-around'
import { findThaiReferences, kindWordBefore } from './thai-references'

export interface FoundMention extends CitationMention {
  /** For a code, what it says; for a Thai reference, null. */
  code: DocumentCode | null
  /** For a Thai reference, or a code preceded by a Thai kind word: the kinds that word translates. */
  kinds: string[] | null
  number: string
}

/** The title counts (`… ปีที่ 4 ของการปฏิบัติตามข้อสรุปหมายเลข 01-KL/TW`): as paragraph -1. */
export function findMentions(
  title: string,
  blocks: readonly ArticleBlock[],
  blockWords?: WordSegment[][]
): FoundMention[] {
  const starts = blockStarts([...blocks])
  const found: FoundMention[] = []
  const texts = [title, ...blocks.map((block) => block.text)]
  texts.forEach((text, at) => {
    const paragraph = at - 1
    const base = paragraph < 0 ? 0 : starts[paragraph]!
    const taken: { start: number; end: number }[] = []
    const mention = (start: number, end: number, form: 'code' | 'thai') => {
      const sentence = sentenceAround(text, start, end)
      return {
        text: text.slice(start, end),
        form,
        paragraph,
        start: base + start,
        end: base + end,
        sentence: {
          text: text.slice(sentence.start, sentence.end),
          start: base + sentence.start,
          end: base + sentence.end
        }
      }
    }
    // Every code has a slash and every reference a digit: most paragraphs are passed over at once.
    if (!/\d/.test(text)) return
    for (const match of text.includes('/') ? text.matchAll(DOCUMENT_CODE) : []) {
      const code = readDocumentCode(match)
      if (!code) continue
      const start = match.index
      const end = start + match[0].length
      taken.push({ start, end })
      found.push({ ...mention(start, end, 'code'), code, kinds: kindWordBefore(text, start), number: code.number })
    }
    for (const reference of findThaiReferences(text, taken, paragraph < 0 ? undefined : blockWords?.[paragraph])) {
      found.push({
        ...mention(reference.start, reference.end, 'thai'),
        code: null,
        kinds: reference.kinds,
        number: reference.number
      })
    }
  })
  return found.sort((a, b) => a.start - b.start)
}
