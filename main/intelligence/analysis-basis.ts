// What an article's analysis was made from besides the text kept beside the shard: the header's
// date (citations resolve against what was issued by then) and each block's kind (captions do not
// count towards a theme's strength). Kept with the packed analysis, so that an edited ontology is
// detected again from the kept texts, without reading or parsing any file.
import type { ArticleBlock, BlockKind } from '../../common/model/article-types'
import type { ArticleAnalysis, ArticleInput } from './analyse-article'

export interface AnalysisBasis {
  date: string | null
  year: number | null
  /** One letter a block, in order: p paragraph, h heading, c caption. */
  kinds: string
}

/** An analysis that says what it was made from (the index pass keeps it; see packed-analysis.ts). */
export interface BasedAnalysis extends ArticleAnalysis {
  basis?: AnalysisBasis
}

const LETTER: Record<BlockKind, string> = { paragraph: 'p', heading: 'h', caption: 'c' }
const KIND: Record<string, BlockKind> = { p: 'paragraph', h: 'heading', c: 'caption' }

export function basisOf(article: ArticleInput): AnalysisBasis {
  return { date: article.date, year: article.year, kinds: article.blocks.map((block) => LETTER[block.kind]).join('') }
}

/**
 * The article again from its kept texts (title, blocks, then the outlet when the header named one)
 * and its basis; null when they do not fit together (the article is then read again).
 */
export function articleFromKept(texts: readonly string[], basis: AnalysisBasis): ArticleInput | null {
  const extra = texts.length - 1 - basis.kinds.length
  if (extra !== 0 && extra !== 1) return null
  const blocks: ArticleBlock[] = []
  for (let k = 0; k < basis.kinds.length; k++) {
    const kind = KIND[basis.kinds[k] as string]
    if (!kind) return null
    blocks.push({ kind, text: texts[k + 1] as string })
  }
  return { title: texts[0] ?? '', blocks, date: basis.date, year: basis.year }
}
