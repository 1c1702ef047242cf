// The shape of W3C Web Annotation JSON-LD this importer reads: ours (write-w3c.ts) and any other
// tool's compacted with the standard context, such as the Hypothesis server's presenter. Only what
// Crossread uses is checked; unknown selectors, bodies and terms are let through and ignored.
import { z } from 'zod'
import { HIGHLIGHT_COLORS } from '../../../common/model/highlight-colors'
import { THEME_VERDICTS } from '../../../common/model/theme-decision'
import { TERM } from '../../export/w3c/w3c-terms'

/** JSON-LD lets a single value stand for a list of one. */
const oneOrMany = <T extends z.ZodType>(item: T, error?: string) =>
  z
    .union([z.array(item), item], error === undefined ? undefined : { error })
    .transform((value) => (Array.isArray(value) ? value : [value]) as Array<z.output<T>>)

/** A `type` is a name or a list of names. */
export const hasType = (value: unknown, name: string): boolean =>
  value === name || (Array.isArray(value) && value.includes(name))

const dateTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'is not a date and time')

export const quoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'is empty'),
  prefix: z.string().default(''),
  suffix: z.string().default('')
})

export const positionSelectorSchema = z
  .object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((selector) => selector.end >= selector.start, 'ends before it starts')

const selectorSchema = z.looseObject({ type: z.string() })

const targetSchema = z.union([
  z.string().min(1),
  z.object({ source: z.string().min(1, 'is empty'), selector: oneOrMany(selectorSchema).optional() })
])
export type W3cTarget = z.output<typeof targetSchema>

const bodySchema = z.union([
  z.string(),
  z.object({
    type: z.string().optional(),
    value: z.string().optional(),
    purpose: oneOrMany(z.string()).optional(),
    format: z.string().optional(),
    [TERM.tagPath]: z.array(z.string()).optional(),
    [TERM.verdict]: z.enum(THEME_VERDICTS).optional()
  })
])
export type W3cBody = z.output<typeof bodySchema>

export const annotationSchema = z.object({
  id: z.string().min(1).optional(),
  type: z.unknown().refine((type) => hasType(type, 'Annotation'), 'is not “Annotation”'),
  created: dateTime.optional(),
  modified: dateTime.optional(),
  creator: z.union([z.string(), z.object({ name: z.string().optional() })]).optional(),
  motivation: oneOrMany(z.string()).optional(),
  body: oneOrMany(bodySchema).optional(),
  target: oneOrMany(targetSchema, 'is missing, or is not a source (with selectors) or a list of them').refine(
    (targets) => targets.length > 0,
    'is empty'
  ),
  [TERM.color]: z.enum(HIGHLIGHT_COLORS).optional()
})
export type W3cAnnotation = z.output<typeof annotationSchema>

/** A page's items, or a collection whose first page is in the file. */
export const pageSchema = z.object({ items: z.array(z.unknown()) })
export const collectionSchema = z.object({
  first: z.union([pageSchema, z.string()]).optional(),
  items: z.array(z.unknown()).optional()
})
