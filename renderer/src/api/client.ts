// The renderer's one adapter: IPC through the preload under Electron, HTTP to the local web host
// otherwise. Nothing else in the renderer knows which mode it runs in.
import type { ApiResponse, CrossreadApi } from '../../../main/api/contract'
import { apiMethodNames } from '../../../main/api/method-names'

declare global {
  interface Window {
    crossread?: CrossreadApi
  }
}

export const api: CrossreadApi = window.crossread ?? httpApi()

function httpApi(): CrossreadApi {
  return Object.fromEntries(apiMethodNames.map((name) => [name, (input: unknown) => post(name, input)])) as CrossreadApi
}

async function post(name: string, input: unknown): Promise<ApiResponse<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input)
    })
  } catch {
    return failure('Crossread’s local server is not answering. Is `npm run web` still running?')
  }
  try {
    const body = (await response.json()) as ApiResponse<unknown>
    if (typeof body === 'object' && body !== null && typeof body.ok === 'boolean') return body
  } catch {
    // fall through: not our JSON
  }
  return failure(`Crossread’s local server answered ${response.status} ${response.statusText}.`)
}

function failure(message: string): ApiResponse<never> {
  return { ok: false, error: { code: 'failed', message } }
}
