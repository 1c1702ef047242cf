// The methods of "annotations without an article" (contract.ts spreads them in): the list, and
// deleting there, the one place such annotations can be deleted from.
import { z } from 'zod'
import type { OrphanGroup } from '../model/orphans'

function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result })
}

export const orphansContract = {
  /** Annotations whose article is not in the library, by the article they were made on. */
  listOrphans: method<OrphanGroup[]>()(z.object({}).strict()),
  /** Deletes these annotations of a gone article (all of them without `ids`), as one undoable step. */
  deleteOrphans: method<{ deleted: number }>()(
    z
      .object({
        articleId: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'Not an article id.'),
        ids: z
          .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid id.'))
          .min(1)
          .max(100_000)
          .optional()
      })
      .strict()
  )
}
