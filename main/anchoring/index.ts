// Re-anchoring of text annotations: the public surface other modules depend on.
export type { Anchor, TextPositionSelector, TextQuoteSelector, TextSelectors } from './selector-types'
export { codePointOffsets } from './code-point-offsets'
export type { CodePointOffsets } from './code-point-offsets'
export { describeRange } from './describe-range'
export { reanchor } from './reanchor'
