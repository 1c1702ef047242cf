// The reader's per-article places (contract.ts spreads them in): asked for when an article is
// opened, noted a moment after scrolling rests and when the reader leaves the article.
import { z } from 'zod'
import { articleIdPattern } from '../model/reading-place'

function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result })
}

const articleId = z.string().regex(articleIdPattern, 'Not an article id.')

export const readingPlacesContract = {
  /** Where the reader left off in this article (an offset into its text); null if never read. */
  getReadingPlace: method<{ offset: number } | null>()(z.object({ articleId }).strict()),
  /** Notes where the reader is in this article; a failed write keeps it until Crossread closes. */
  saveReadingPlace: method<{ saved: boolean }>()(
    z.object({ articleId, offset: z.number().int().min(0).max(50_000_000) }).strict()
  )
}
