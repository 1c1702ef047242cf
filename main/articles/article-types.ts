// The shapes an article takes once read; shared by main, the API contract and the renderer.

export type BlockKind = 'paragraph' | 'heading'

export interface ArticleBlock {
  kind: BlockKind
  text: string
}

export interface ArticleSummary {
  /** Stable within one library load; never a path (the renderer cannot turn it into one). */
  id: string
  /** File name inside its library folder. */
  file: string
  title: string
  /** True when no header gave the title and it was taken from the first line of the body. */
  titleDerived: boolean
  outlet: string | null
  /** `YYYY-MM-DD`, or `YYYY` when the header gives only a year; null when unknown. */
  date: string | null
  sourceUrl: string | null
  annotationCount: number
}

export interface Article {
  summary: ArticleSummary
  blocks: ArticleBlock[]
}
