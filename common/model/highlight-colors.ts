/** Highlight colours, in toolbar order (keys 1–6). Kept apart so the renderer need not bundle zod. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

/** Each colour's name, shown beside it (a colour alone is not enough) and written in exports. */
export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
  orange: 'Orange'
}

/** Muted, distinguishable colours for tags, given to new tags in turn; the reader underlines a
 * tagged highlight in the nearest of them (the CSP allows classes, not inline colours). */
export const TAG_PALETTE = [
  '#2f5d62',
  '#8a4f7d',
  '#b5651d',
  '#4a6fa5',
  '#6b8e23',
  '#a23b3b',
  '#7a6a53',
  '#3b8686'
] as const
