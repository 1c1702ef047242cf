// The header-correction method of the API (contract.ts spreads it in): the researcher sets a
// field the parser got wrong, or clears it back to the parser's reading. The value is checked here
// as it arrives (checkCorrection: a real ISO date, an http(s) address, a one-line name of 1–300
// characters) and again by the service, which trims it.
import { z } from 'zod'
import type { ArticleSummary } from '../model/article-types'
import { CORRECTABLE_FIELDS, checkCorrection } from '../model/article-correction'

function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result })
}

const correctionSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'Not an article id.'),
    field: z.enum(CORRECTABLE_FIELDS, { error: `A field is one of ${CORRECTABLE_FIELDS.join(', ')}.` }),
    /** Null or blank: the correction is removed and the parser's reading stands again. */
    value: z.string().max(2000, 'That is too long for a header field.').nullable()
  })
  .strict()
  .superRefine((input, context) => {
    if (input.value === null || input.value.trim() === '') return
    const checked = checkCorrection(input.field, input.value)
    if (!checked.ok) context.addIssue({ code: 'custom', message: checked.problem, path: ['value'] })
  })

export const correctionsContract = {
  /** Corrects one header field of an article (kept in the data folder, undoable); answers its summary now. */
  correctArticle: method<ArticleSummary>()(correctionSchema)
}
