// Validates and runs one API call. Both the Electron IPC glue and the web host go through here,
// so validation and error shaping are identical in both modes.
import { z } from 'zod'
import {
  apiContract,
  type ApiMethod,
  type ApiParsedInput,
  type ApiResponse,
  type ApiValue
} from '../../common/api/contract'
import { ApiError } from '../../common/errors/api-error'

export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiValue<M>> | ApiValue<M>
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiContract, name)
}

export async function dispatch(
  handlers: ApiHandlers,
  name: string,
  rawInput: unknown,
  log: (message: string) => void = console.error
): Promise<ApiResponse<unknown>> {
  if (!isApiMethod(name)) {
    return {
      ok: false,
      error: { code: 'unknown-method', message: `There is no API method called “${name.slice(0, 80)}”.` }
    }
  }
  const parsed = apiContract[name].input.safeParse(rawInput)
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-input', message: `Invalid input for ${name}: ${z.prettifyError(parsed.error)}` }
    }
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown
    return { ok: true, value: await handler(parsed.data) }
  } catch (err) {
    if (err instanceof ApiError) return { ok: false, error: { code: err.code, message: err.message } }
    // Unexpected: keep the details in the log, give the user a sentence without a stack trace.
    log(`[api] ${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
    return {
      ok: false,
      error: { code: 'failed', message: `Crossread could not complete “${name}”. Details are in the log.` }
    }
  }
}
