// The shapes other modules store and receive. They follow the W3C Web Annotation selectors so an
// exported annotation can be re-imported, and so a quote outlives edits to the article it was taken from.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** W3C: start/end count Unicode code points of the text, not UTF-16 units. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export interface TextSelectors {
  quote: TextQuoteSelector
  position: TextPositionSelector
}

/** Where an annotation sits in the current text; start/end are UTF-16 offsets into that text. */
export type Anchor =
  | { status: 'exact'; start: number; end: number }
  | { status: 'moved'; start: number; end: number }
  | { status: 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphan' }
