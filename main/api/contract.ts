// The one channel between renderer and main. Each method has a zod input schema (validated where
// the message arrives, in main) and a result type; the preload, the IPC registration, the web
// host and the renderer's client are all derived from this table, so they cannot drift apart.
import { z } from 'zod'
import type { Article, ArticleSummary } from '../articles/article-types'
import { apiMethodNames, type ApiMethodName } from './method-names'

/** Ids are opaque tokens looked up in a map: never a path, so nothing can traverse the disk. */
export const articleIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,200}$/, 'An article id is 1–200 letters, digits, dots, dashes or underscores.')

/** Declares a method: the schema is real, the result type is carried by the phantom field. */
function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result })
}

export const apiContract = {
  /** Every article in the library, in file-name order. */
  listArticles: method<ArticleSummary[]>()(z.object({}).strict()),
  /** One article, cleaned into blocks for the reader. */
  getArticle: method<Article>()(z.object({ id: articleIdSchema }).strict()),
  /** Opens the article's source URL in the system browser; http(s) only. */
  openSource: method<{ opened: string }>()(z.object({ id: articleIdSchema }).strict())
} as const satisfies Record<ApiMethodName, unknown>

export type ApiContract = typeof apiContract
export type ApiMethod = keyof ApiContract
// Fails to compile if the contract has a method that method-names.ts does not list.
export const apiMethods: readonly ApiMethod[] = apiMethodNames satisfies readonly ApiMethod[]
const everyMethodNamed: ApiMethod extends ApiMethodName ? true : never = true
void everyMethodNamed

export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>
export type ApiValue<M extends ApiMethod> = ApiContract[M]['result']

export type ApiErrorCode = 'invalid-input' | 'unknown-method' | 'not-found' | 'refused' | 'failed'

/** Errors don't survive a process boundary, so every call answers with one of these. */
export type ApiResponse<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: ApiErrorCode; message: string } }

/** What the preload exposes and what the web client implements: one async function per method. */
export type CrossreadApi = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResponse<ApiValue<M>>>
}
