// An article as the renderer sees it: its header, blocks and the untouched file.

export type BlockKind = 'paragraph' | 'heading' | 'caption'

export interface ArticleBlock {
  kind: BlockKind
  text: string
}

/** What the parser says about an article's header, kept in the index and shown in the library. */
export interface ArticleHeader {
  title: string
  /** True when the file gives no title and it was taken from the first paragraph. */
  titleDerived: boolean
  /** 0..1, with how each field was found: the UI marks doubtful fields as doubtful. */
  titleConfidence: number
  titleHow: string
  outlet: string | null
  outletConfidence: number
  /** `YYYY-MM-DD`, or null when the file gives no full date. */
  date: string | null
  dateConfidence: number
  /** A year the header states without a full date. */
  year: number | null
  sourceUrl: string | null
  warnings: string[]
}

export interface ArticleSummary extends ArticleHeader {
  /** Stable across renames and edits; never a path (the renderer cannot turn it into one). */
  id: string
  /** The library folder, as the user chose it ('Bundled samples' for the shipped articles). */
  folder: string
  /** Path inside the folder. */
  file: string
  annotationCount: number
  /** Changes when the file's content changes: the reader reloads an open article on it. */
  contentHash: string
  /** The header fields the user corrected (their values above are the user's), with the parser's
   * reading, who and when (common/model/article-correction.ts). */
  corrected?: Partial<
    Record<'title' | 'outlet' | 'date' | 'sourceUrl', { parsed: string | null; by: string; at: string }>
  >
  /** The parser was unsure of a field the user has not corrected (no outlet, no date, a guessed title). */
  needsLook?: boolean
}

export interface Article {
  summary: ArticleSummary
  blocks: ArticleBlock[]
}

/** The untouched (normalised) file, each line marked with why it was removed, if it was. */
export interface OriginalView {
  encoding: string
  lines: { number: number; text: string; removed: string | null; cuts?: LineCut[] }[]
}

/** Where a line too long to be one paragraph was cut (an offset in the line) and how the cut was chosen. */
export interface LineCut {
  at: number
  kind: 'sentence' | 'space' | 'word' | 'hard'
}
