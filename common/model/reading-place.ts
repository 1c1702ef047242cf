// Where the reader left off in one article, kept per article in the data folder
// (reading-places.json) so that reopening it, even after a restart, returns there. The place is an
// offset into the article's text (the text at the top of the pane), never pixels: a new font size or
// window width lays the text out again, and the same words still come to the top.
import { z } from 'zod'

export const articleIdPattern = /^[A-Za-z0-9._-]{1,200}$/

export const readingPlaceSchema = z
  .object({
    articleId: z.string().regex(articleIdPattern),
    /** UTF-16 offset into the article's text of the first line shown. */
    offset: z.number().int().min(0).max(50_000_000),
    /** When it was noted (ms since 1970): the oldest places are forgotten first. */
    at: z.number().int().min(0)
  })
  .strict()

export type ReadingPlace = z.infer<typeof readingPlaceSchema>

/** The file: version 1, places oldest first, each article once. */
export const readingPlacesFileSchema = z
  .object({ version: z.literal(1), places: z.array(readingPlaceSchema).max(100_000) })
  .strict()
  .refine(
    (file) => new Set(file.places.map((place) => place.articleId)).size === file.places.length,
    'Each article has one place.'
  )

export type ReadingPlacesFileContent = z.infer<typeof readingPlacesFileSchema>

/** A long reading life stays a small file: the least recently read go first. */
export const READING_PLACES_LIMIT = 500
