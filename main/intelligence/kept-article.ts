// An indexed article read back from the text kept beside its shard, with the words the index pass
// cut (their bounds are kept with the text), ready to be analysed again: no file is read, parsed
// or cut. The words are those of the word list the shard was cut with, which is the installed one
// for every document not marked stale (stale-entries.ts).
import type { WordSegment } from '../../common/text/domain-words'
import { documentWords } from '../search/document-words'
import type { ShardIndex } from '../search/shard-index'
import type { ArticleInput } from './analyse-article'
import { articleFromKept, type AnalysisBasis } from './analysis-basis'

export interface KeptArticle {
  article: ArticleInput
  /** Each kept block's words, the outlet's last when the header named one (as the index pass cut them). */
  segments: WordSegment[][]
  titleSegments: WordSegment[]
}

/** Null when the kept text cannot be read back as written or does not fit `basis`. */
export function keptArticle(index: ShardIndex, id: string, basis: AnalysisBasis): KeptArticle | null {
  const texts: string[] = []
  const bounds: Array<Uint8Array | null> = []
  try {
    const span = index.spans.get(id)
    const kept = span && index.texts ? index.texts.blocks(span) : null
    if (!kept) return null
    for (let k = 0; k < kept.count; k++) {
      const block = kept.block(k)
      if (!block) return null
      texts.push(block.text)
      bounds.push(block.bounds)
    }
  } catch {
    return null // the texts file went away or was cut short under us
  }
  const article = articleFromKept(texts, basis)
  if (!article) return null
  const words = texts.map((text, k) => segmentsFrom(text, bounds[k] ?? null))
  if (words.every((segments) => segments !== null)) {
    const [titleSegments = [], ...segments] = words as WordSegment[][]
    return { article, segments, titleSegments }
  }
  // Bounds not kept (a word or a gap longer than a byte holds): cut again, as the index pass did.
  const cut = documentWords(article.title, texts.slice(1), true)
  return { article, segments: cut.blockWords ?? [], titleSegments: cut.titleWords ?? [] }
}

/** The words of `text` from their bounds (a gap, then a length, per word); null if there are none
 * or they run past the text. */
function segmentsFrom(text: string, bounds: Uint8Array | null): WordSegment[] | null {
  if (!bounds) return null
  const segments: WordSegment[] = []
  let end = 0
  for (let i = 0; i + 1 < bounds.length; i += 2) {
    const start = end + (bounds[i] as number)
    end = start + (bounds[i + 1] as number)
    if (end > text.length) return null
    segments.push({ segment: text.slice(start, end), index: start, isWordLike: true })
  }
  return segments
}
