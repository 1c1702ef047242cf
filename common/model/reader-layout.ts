// What the reader panes look like, kept across launches: one pane or two, where the divider is,
// which pane was in use, and each pane's article with where it was read to. The place read to is
// an offset into the article's text (the text at the top of the pane), not pixels, so a window of
// another width opens at the same words.
import { z } from 'zod'

export const paneStateSchema = z
  .object({
    articleId: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,200}$/)
      .nullable(),
    /** UTF-16 offset into the article's text of the first line shown. */
    readTo: z.number().int().min(0).max(50_000_000)
  })
  .strict()

/** A side pane (the library, the annotations sidebar): its width in CSS pixels, and whether it is
 * collapsed; null means the user never chose, so the window's width decides. */
export const sidePaneSchema = z
  .object({
    width: z.number().int().min(120).max(1200),
    collapsed: z.boolean().nullable()
  })
  .strict()

export const readerLayoutSchema = z
  .object({
    /** The first pane, and the second when the reader is split. */
    panes: z.array(paneStateSchema).min(1).max(2),
    /** The first pane's share of the width, when split. */
    divider: z.number().min(0.2).max(0.8),
    /** Which pane is in use: 0 or 1. */
    active: z.number().int().min(0).max(1),
    /** The panes beside the reader; files saved before they could be resized have none. */
    sides: z.object({ library: sidePaneSchema, sidebar: sidePaneSchema }).strict().optional()
  })
  .strict()
  .refine((layout) => layout.active < layout.panes.length, 'The pane in use is one of the panes.')

export type PaneState = z.infer<typeof paneStateSchema>
export type SidePane = z.infer<typeof sidePaneSchema>
export type SidePanes = { library: SidePane; sidebar: SidePane }
export type ReaderLayout = z.infer<typeof readerLayoutSchema>

export const DEFAULT_READER_LAYOUT: ReaderLayout = {
  panes: [{ articleId: null, readTo: 0 }],
  divider: 0.5,
  active: 0
}
