/** Highlight colours, in toolbar order (keys 1–6). Kept apart so the renderer need not bundle zod. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]
